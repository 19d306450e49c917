"""FastAPI/Starlette Request attributes (query_params, await request.json()) reaching SQL."""
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/reports")
async def reports(request: Request):
    period = request.query_params["period"]
    conn = sqlite3.connect("reports.db")
    conn.execute("SELECT * FROM reports WHERE period = '%s'" % period)  # expect: PW-SQLI:5
    return {"status": "ok"}


@app.post("/reports/search")
async def search_reports(request: Request):
    body = await request.json()
    author = body["author"]
    conn = sqlite3.connect("reports.db")
    cur = conn.cursor()
    cur.execute(f"SELECT id FROM reports WHERE author = '{author}'")  # expect: PW-SQLI:5
    return {"status": "ok"}

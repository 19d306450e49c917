"""FastAPI parameters and Request data evaluated as code."""
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/eval/{expr}")
async def evaluate(expr: str):
    eval(expr)  # expect: PW-CODE-INJECTION:5
    return {"status": "ok"}


@app.get("/transform")
async def transform(fn: str = "str.upper"):
    exec(f"result = {fn}('x')")  # expect: PW-CODE-INJECTION:5
    return {"status": "ok"}


@app.post("/rules")
async def rules(request: Request):
    data = await request.json()
    eval(data["rule"], {})  # expect: PW-CODE-INJECTION:5
    return {"status": "ok"}


@app.get("/mod")
async def mod(request: Request):
    __import__(request.query_params["name"])  # expect: PW-CODE-INJECTION:5
    return {"status": "ok"}

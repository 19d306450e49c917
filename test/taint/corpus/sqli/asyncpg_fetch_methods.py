"""asyncpg and databases queries built from request data."""
import asyncpg
from fastapi import FastAPI

app = FastAPI()


@app.get("/agents")
async def agents(team: str):
    conn = await asyncpg.connect()
    rows = await conn.fetch(f"SELECT id FROM agents WHERE team = '{team}'")  # expect: PW-SQLI:18
    one = await conn.fetchrow("SELECT id FROM agents WHERE team = '%s'" % team)  # expect: PW-SQLI:17
    count = await conn.fetchval("SELECT count(*) FROM agents WHERE team = $1", team)
    return {"rows": len(rows), "one": one is not None, "count": count}

"""aiohttp handlers: request.query and request.match_info reaching SQL."""
import sqlite3

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/players")
async def players(request):
    club = request.query["club"]
    conn = sqlite3.connect("league.db")
    conn.execute("SELECT name FROM players WHERE club = '" + club + "'")  # expect: PW-SQLI:5
    return web.json_response({"status": "ok"})


@routes.get("/players/{name}")
async def player(request):
    name = request.match_info["name"]
    conn = sqlite3.connect("league.db")
    cur = conn.cursor()
    cur.execute(f"SELECT * FROM players WHERE name = '{name}'")  # expect: PW-SQLI:5
    return web.json_response({"status": "ok"})


app = web.Application()
app.add_routes(routes)

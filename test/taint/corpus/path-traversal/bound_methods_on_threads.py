"""A file read by a bound method handed to a thread: the call it makes is the sink."""
import asyncio
from pathlib import Path

from aiohttp import web

routes = web.RouteTableDef()
REPORTS = Path("/srv/reports")


async def load(path: Path) -> bytes:
    return await asyncio.to_thread(path.read_bytes)  # expect: PW-PATH-TRAVERSAL:18


@routes.get("/reports/{period}")
async def report(request: web.Request) -> web.Response:
    path = REPORTS / request.match_info["period"] / request.query.get("name", "")
    body = await load(path)
    listing = await asyncio.to_thread(REPORTS.iterdir)
    fixed = await asyncio.to_thread((REPORTS / "index.pdf").read_bytes)
    return web.Response(body=body + fixed + str(list(listing)).encode(), content_type="application/pdf")

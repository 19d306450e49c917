"""aiohttp ClientSession requests with request-controlled URLs."""
import aiohttp
from aiohttp import web


async def preview(request):
    url = request.query["url"]
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as resp:  # expect: PW-SSRF:20
            await resp.read()
    return web.Response(text="ok")


async def ping_host(request):
    host = request.match_info["host"]
    async with aiohttp.ClientSession() as session:
        await session.post("http://" + host + "/ping", data=b"")  # expect: PW-SSRF:15
    return web.Response(text="ok")


app = web.Application()
app.router.add_get("/preview", preview)
app.router.add_get("/ping/{host}", ping_host)

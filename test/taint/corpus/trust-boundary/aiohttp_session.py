"""aiohttp-session: the session a handler awaits from get_session is the session."""
from aiohttp import web
from aiohttp_session import get_session, new_session


async def remember(request):
    session = await get_session(request)
    form = await request.post()
    session["user"] = form["user"]  # expect: PW-TRUST-BOUNDARY:5
    return web.Response(text="ok")


async def login(request):
    data = await request.json()
    s = await new_session(request)
    s["name"] = data.get("name")  # expect: PW-TRUST-BOUNDARY:5
    return web.Response(text="ok")


async def visit(request):
    session = await get_session(request)
    form = await request.post()
    session["last_visit"] = "now"
    session["theme"] = "dark" if form.get("theme") == "dark" else "light"
    return web.Response(text="ok")

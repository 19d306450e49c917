"""Pyramid and aiohttp handlers compiling request data as regular expressions."""
import re

from aiohttp import web
from pyramid.view import view_config


@view_config(route_name="match", renderer="json")
def match_view(request):
    re.match(request.params["p"], "sample text")  # expect: PW-REDOS:5
    return {"status": "ok"}


async def search_handler(request):
    pattern = request.match_info["pattern"]
    re.compile(pattern)  # expect: PW-REDOS:5
    return web.Response(text="ok")


app = web.Application()
app.router.add_get("/search/{pattern}", search_handler)

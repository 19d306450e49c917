"""Pyramid and aiohttp handlers logging request data."""
import logging

from aiohttp import web
from pyramid.view import view_config

log = logging.getLogger(__name__)


@view_config(route_name="hit", renderer="json")
def hit_view(request):
    log.info("hit from " + request.params["src"])  # expect: PW-LOG-INJECTION:5
    return {"status": "ok"}


async def hit_handler(request):
    name = request.match_info["name"]
    log.warning("handler called with %s" % name)  # expect: PW-LOG-INJECTION:5
    return web.Response(text="ok")


app = web.Application()
app.router.add_get("/hit/{name}", hit_handler)

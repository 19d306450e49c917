"""Pyramid and aiohttp request data used as file paths."""
import os

from aiohttp import web
from pyramid.view import view_config

ROOT = "/srv/static"


@view_config(route_name="doc", renderer="json")
def doc_view(request):
    with open(os.path.join(ROOT, request.matchdict["doc"])) as fh:  # expect: PW-PATH-TRAVERSAL:10
        fh.read()
    return {"status": "ok"}


@view_config(route_name="drop", renderer="json")
def drop_view(request):
    os.remove(ROOT + "/" + request.params["name"])  # expect: PW-PATH-TRAVERSAL:5
    return {"status": "ok"}


async def image_handler(request):
    name = request.match_info["name"]
    with open(f"{ROOT}/img/{name}", "rb") as fh:  # expect: PW-PATH-TRAVERSAL:10
        fh.read()
    return web.Response(text="ok")


async def text_handler(request):
    path = os.path.join(ROOT, request.query["path"])
    with open(path) as fh:  # expect: PW-PATH-TRAVERSAL:10
        fh.read()
    return web.Response(text="ok")


app = web.Application()
app.router.add_get("/img/{name}", image_handler)
app.router.add_get("/text", text_handler)

"""Pyramid and aiohttp handlers deserializing request data."""
import base64
import pickle

from aiohttp import web
from pyramid.view import view_config


@view_config(route_name="restore", renderer="json")
def restore_view(request):
    pickle.loads(base64.b64decode(request.params["data"]))  # expect: PW-UNSAFE-DESERIALIZATION:5
    return {"status": "ok"}


async def restore_handler(request):
    data = base64.b64decode(request.query["data"])
    pickle.loads(data)  # expect: PW-UNSAFE-DESERIALIZATION:5
    return web.Response(text="ok")


app = web.Application()
app.router.add_get("/restore", restore_handler)

"""Pyramid and aiohttp response headers set from request data."""
from aiohttp import web
from pyramid.response import Response
from pyramid.view import view_config


@view_config(route_name="tag")
def tag_view(request):
    response = Response("ok")
    response.headers["X-Tag"] = request.params["tag"]  # expect: PW-HEADER-INJECTION:5
    return response


async def echo_handler(request):
    resp = web.Response(text="ok")
    resp.headers["X-Echo"] = request.query["echo"]  # expect: PW-HEADER-INJECTION:5
    return resp


app = web.Application()
app.router.add_get("/echo", echo_handler)

"""HTML responses of FastAPI, aiohttp and Pyramid built from request data."""
from aiohttp import web
from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from pyramid.response import Response as PyramidResponse
from pyramid.view import view_config

api = FastAPI()


@api.get("/hello/{name}", response_class=HTMLResponse)
async def hello(name: str):
    return HTMLResponse(content=f"<h1>Hello {name}</h1>")  # expect: PW-XSS:12


async def aio_hello(request):
    name = request.query.get("name", "")
    return web.Response(text="<h1>" + name + "</h1>", content_type="text/html")  # expect: PW-XSS:12


async def aio_echo(request):
    # aiohttp sends text= as text/plain unless told otherwise
    name = request.query.get("name", "")
    return web.Response(text="Hello " + name)


async def aio_page(request):
    name = request.query.get("name", "")
    return web.Response(body=f"<p>{name}</p>", headers={"Content-Type": "text/html"})  # expect: PW-XSS:12


@view_config(route_name="hello")
def pyramid_hello(request):
    return PyramidResponse("<h1>%s</h1>" % request.params["name"])  # expect: PW-XSS:12


app = web.Application()
app.router.add_get("/hello", aio_hello)

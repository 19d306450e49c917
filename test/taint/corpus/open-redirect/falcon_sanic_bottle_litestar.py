"""Redirects to request data in Falcon, Sanic, Bottle, Litestar and Quart, and safe look-alikes."""
import falcon
from bottle import redirect as bottle_redirect
from bottle import request as bottle_request
from bottle import route
from litestar import Request, get
from litestar.response import Redirect
from quart import Quart, redirect, url_for
from quart import request as quart_request
from sanic import Sanic, response

app = Quart(__name__)
sanic_app = Sanic("links")


class ClickResource:
    def on_get(self, req, resp):
        target = req.get_param("u") or "/"
        raise falcon.HTTPFound(target)  # expect: PW-OPEN-REDIRECT:@falcon.HTTPFound

    def on_get_home(self, req, resp):
        raise falcon.HTTPFound("/home")


@sanic_app.get("/go")
async def go(request):
    return response.redirect(request.args.get("next", "/"))  # expect: PW-OPEN-REDIRECT:@response.redirect


@sanic_app.get("/go-named")
async def go_named(request):
    return response.redirect(request.app.url_for("go", next=request.args.get("next")))


@route("/out")
def out():
    bottle_redirect(bottle_request.query.get("to"))  # expect: PW-OPEN-REDIRECT:@bottle_redirect


@get("/leave")
async def leave(request: Request) -> Redirect:
    return Redirect(path=request.query_params["next"])  # expect: PW-OPEN-REDIRECT:@Redirect


@get("/back")
async def back(next_url: str) -> Redirect:
    return Redirect(path=next_url)  # expect: PW-OPEN-REDIRECT:@Redirect


@app.get("/login-done")
async def login_done():
    return redirect(quart_request.args["next"])  # expect: PW-OPEN-REDIRECT:@redirect


@app.get("/login-home")
async def login_home():
    return redirect(url_for("index", tab=quart_request.args.get("tab")))

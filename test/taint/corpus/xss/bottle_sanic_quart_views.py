"""Pages built from request data in Bottle, Sanic and Quart views, and escaped look-alikes."""
from bottle import get, html_escape
from bottle import request as bottle_request
from markupsafe import escape
from quart import Quart
from quart import request as quart_request
from sanic import Sanic
from sanic.response import html

app = Quart(__name__)
sanic_app = Sanic("pages")


@get("/hello")
def hello():
    name = bottle_request.query.get("name", "guest")
    return f"<h1>Hello {name}</h1>"  # expect: PW-XSS:@return


@get("/hello-safe")
def hello_safe():
    return "<h1>Hello %s</h1>" % html_escape(bottle_request.query.get("name", "guest"))


@sanic_app.get("/greet")
async def greet(request):
    return html("<p>" + request.args.get("who", "") + "</p>")  # expect: PW-XSS:@html


@sanic_app.get("/greet-safe")
async def greet_safe(request):
    return html("<p>" + str(escape(request.args.get("who", ""))) + "</p>")


@app.route("/search")
async def search():
    term = quart_request.args.get("q", "")
    return "<p>No results for " + term + "</p>"  # expect: PW-XSS:@return

"""flask.make_response and flask.Response built from request data."""
import flask
from flask import Flask, Response, make_response, request

app = Flask(__name__)


@app.route("/greet")
def greet():
    return make_response("<b>" + request.args["who"] + "</b>")  # expect: PW-XSS:12


@app.route("/banner")
def banner():
    text = request.cookies.get("banner", "")
    return make_response(f"<marquee>{text}</marquee>", 200)  # expect: PW-XSS:12


@app.route("/raw")
def raw():
    return Response(request.args["html"], mimetype="text/html")  # expect: PW-XSS:12


@app.route("/card")
def card():
    title = request.headers.get("X-Card-Title")
    return flask.Response("<h2>{}</h2>".format(title))  # expect: PW-XSS:12


@app.route("/declared-html")
def declared_html():
    return Response("<p>" + request.args.get("q", "") + "</p>", mimetype="text/html")  # expect: PW-XSS:12

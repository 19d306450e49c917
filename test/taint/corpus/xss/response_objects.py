"""Response objects built from request data: one finding where the body is built, none at the return."""
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    resp = make_response("<h1>Hello " + request.args.get("name", "") + "</h1>")  # expect: PW-XSS:12
    resp.headers["X-Frame-Options"] = "DENY"
    return resp


@app.route("/html-type")
def html_type():
    resp = make_response(request.args.get("body", ""))  # expect: PW-XSS:12
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp


@app.route("/tuple")
def as_tuple():
    return "<p>" + request.args.get("q", "") + "</p>", 200, {"Content-Type": "text/html"}  # expect: PW-XSS:12


@app.route("/svg")
def svg():
    resp = make_response(request.args.get("svg", ""))  # expect: PW-XSS:12
    resp.mimetype = "image/svg+xml"
    return resp

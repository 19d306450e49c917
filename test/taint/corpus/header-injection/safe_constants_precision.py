"""Constant headers, casts, dead branches and reassignment."""
from django.http import HttpResponse
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/constant")
def constant():
    resp = make_response("ok")
    resp.headers["X-Frame-Options"] = "DENY"
    resp.headers.add("Cache-Control", "no-store")
    return resp


@app.route("/cast")
def cast():
    resp = make_response("ok")
    resp.headers["X-Page"] = str(int(request.args["page"]))
    return resp


@app.route("/fold")
def fold():
    param = request.args["v"]
    num = 106
    value = "fixed" if 7 * 18 + num > 200 else param
    resp = make_response("ok")
    resp.headers["X-Value"] = value
    return resp


@app.route("/reassign")
def reassign():
    value = request.args["v"]
    value = "constant"
    resp = make_response("ok")
    resp.headers["X-Value"] = value
    return resp


def dj_view(request):
    response = HttpResponse("ok")
    response["X-Count"] = "%d" % int(request.GET["n"])
    return response


@app.route("/if-false")
def if_false():
    resp = make_response("ok")
    if False:
        resp.headers["X-Value"] = request.args["v"]
    return resp


def default_value(_requested):
    return "static"


@app.route("/helper")
def helper():
    resp = make_response("ok")
    resp.headers["X-Value"] = default_value(request.args["v"])
    return resp

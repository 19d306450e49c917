"""Weak clean-ups (replace of '../', strip, lower, slicing, encode/decode, base64) keep taint."""
import base64

from flask import Flask, request

app = Flask(__name__)


@app.route("/replace")
def replaced():
    name = request.args["name"].replace("../", "")
    open("/srv/data/" + name).close()  # expect: PW-PATH-TRAVERSAL:5
    return "ok"


@app.route("/strip")
def stripped():
    name = request.args["name"].strip().lower()
    open("/srv/data/%s" % name).close()  # expect: PW-PATH-TRAVERSAL:5
    return "ok"


@app.route("/slice")
def sliced():
    name = request.args["name"][1:]
    open("/srv/data/{}".format(name)).close()  # expect: PW-PATH-TRAVERSAL:5
    return "ok"


@app.route("/b64")
def b64():
    name = base64.urlsafe_b64decode(request.args["ref"].encode()).decode()
    open("/srv/data/" + name).close()  # expect: PW-PATH-TRAVERSAL:5
    return "ok"


@app.route("/join")
def joined():
    name = "/".join(["/srv/data", request.args["sub"], "index.txt"])
    open(name).close()  # expect: PW-PATH-TRAVERSAL:5
    return "ok"

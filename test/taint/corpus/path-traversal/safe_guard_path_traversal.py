"""Normalise + prefix check, and allow-lists, before touching the file system."""
import os

from flask import Flask, abort, request

app = Flask(__name__)
BASE = "/srv/files"
KNOWN_REPORTS = {"daily.csv", "weekly.csv"}


@app.route("/prefix")
def prefix_checked():
    p = os.path.realpath(os.path.join(BASE, request.args["name"]))
    if not p.startswith(BASE + os.sep):
        abort(400)
    with open(p) as fh:
        fh.read()
    return "ok"


@app.route("/prefix-abspath")
def prefix_abspath():
    target = os.path.abspath(os.path.join(BASE, request.args["name"]))
    if os.path.commonpath([BASE, target]) != BASE:
        return "forbidden", 403
    os.remove(target)
    return "ok"


@app.route("/allow-list")
def allow_listed():
    name = request.args["report"]
    if name not in KNOWN_REPORTS:
        abort(404)
    open(os.path.join(BASE, name)).close()
    return "ok"


@app.route("/allow-list-positive")
def allow_listed_positive():
    name = request.args["report"]
    if name in KNOWN_REPORTS:
        open(BASE + "/" + name).close()
    return "ok"

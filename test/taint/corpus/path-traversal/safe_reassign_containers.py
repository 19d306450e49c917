"""Reassignment and constant container slots: file paths stay constant."""
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/reassign")
def reassign():
    path = request.args["path"]
    path = "/srv/data/default.txt"
    open(path).close()
    return "ok"


@app.route("/dict")
def other_key():
    d = {}
    d["user"] = request.args["path"]
    d["fixed"] = "/srv/data/index.txt"
    open(d["fixed"]).close()
    return "ok"


@app.route("/list")
def constant_slot():
    paths = [request.args["path"], "/srv/data/index.txt"]
    os.remove(paths[1])
    return "ok"

"""A name with no `..` that is not absolute stays under the base it is joined to."""
import os

from flask import Flask, abort, request

app = Flask(__name__)
BASE = "/srv/files"


@app.route("/file")
def file():
    path = request.args.get("p", "")
    if ".." in path or path.startswith("/"):
        return "no", 400
    return open(os.path.join(BASE, path)).read()


@app.route("/isabs")
def isabs():
    path = request.args.get("p", "")
    if os.path.isabs(path):
        abort(400)
    if ".." in path:
        abort(400)
    with open(os.path.join(BASE, path)) as fh:
        return fh.read()


@app.route("/both")
def both():
    path = request.args.get("p", "")
    if ".." not in path and not path.startswith(("/", "\\")):
        return open(os.path.join(BASE, path)).read()
    abort(400)

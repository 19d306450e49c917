"""Joins that refuse to leave their directory, and containment checks written with pathlib."""
import os
from pathlib import Path

from django.http import FileResponse
from django.utils._os import safe_join as django_safe_join
from flask import Flask, abort, request, send_file, send_from_directory
from werkzeug.security import safe_join

app = Flask(__name__)
BASE = Path("/srv/files")


@app.route("/dir")
def from_directory():
    return send_from_directory("/srv/files", request.args["f"])


@app.route("/joined")
def joined():
    p = safe_join("/srv/files", request.args["f"])
    if p is None:
        abort(404)
    return send_file(p)


@app.route("/name")
def name_only():
    name = Path(request.args["f"]).name
    return (BASE / name).read_text()


@app.route("/common")
def common():
    p = os.path.normpath(os.path.join("/srv/files", request.args["f"]))
    if os.path.commonpath([p, "/srv/files"]) != "/srv/files":
        abort(403)
    return open(p).read()


def download(request):
    return FileResponse(open(django_safe_join("/srv/media", request.GET["f"]), "rb"))

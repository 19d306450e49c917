"""A whole-string pattern that accepts `..` or an absolute path keeps path traversal open."""

import os
import re

from flask import Flask, abort, request, send_file

app = Flask(__name__)
BASE = "/srv/reports"
LOOSE = re.compile(r"[\w.-]+")
WITH_SLASHES = re.compile(r"[a-z/]+")
REPORT = re.compile(r"[\w-]+\.pdf")


@app.route("/loose")
def loose():
    name = request.args["name"]
    if not LOOSE.fullmatch(name):
        abort(400)
    return send_file(os.path.join(BASE, name))  # expect: PW-PATH-TRAVERSAL:12


@app.route("/slashes")
def slashes():
    name = request.args["name"]
    if not WITH_SLASHES.fullmatch(name):
        abort(400)
    return send_file(os.path.join(BASE, name))  # expect: PW-PATH-TRAVERSAL:12


@app.route("/report")
def report():
    name = request.args["name"]
    if not REPORT.fullmatch(name):
        abort(400)
    return send_file(os.path.join(BASE, name))

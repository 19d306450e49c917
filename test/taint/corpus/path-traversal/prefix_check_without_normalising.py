"""A prefix check on a joined path that was never normalised: "../" still climbs out."""
import os

from flask import Flask, abort, request

app = Flask(__name__)
BASE = "/srv/app/reports"


@app.route("/reports/view")
def view_report():
    name = request.args.get("name", "summary.txt")
    full = os.path.join(BASE, name)
    if not full.startswith(BASE + os.sep):
        abort(403)
    with open(full, encoding="utf-8") as fh:  # expect: PW-PATH-TRAVERSAL:10
        return fh.read()


@app.route("/reports/normalised")
def normalised():
    name = request.args.get("name", "summary.txt")
    full = os.path.realpath(os.path.join(BASE, name))
    if not full.startswith(BASE + os.sep):
        abort(403)
    with open(full, encoding="utf-8") as fh:
        return fh.read()

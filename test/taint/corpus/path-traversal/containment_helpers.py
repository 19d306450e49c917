"""Containment checks in helpers: the name is resolved under the base before it is compared."""
import os
from pathlib import Path

from flask import Flask, abort, request, send_file

app = Flask(__name__)

REPORTS = "/srv/app/reports"


def is_path_inside(base, candidate):
    root = os.path.realpath(base)
    target = os.path.realpath(os.path.join(root, candidate))
    return os.path.commonpath([root, target]) == root


def resolves_under(base, name):
    root = Path(base).resolve()
    target = (root / name).resolve()
    return os.path.commonpath([str(root), str(target)]) == str(root)


def joined_under(base, candidate):
    # `..` is not resolved before the comparison: "../etc/passwd" passes
    target = os.path.join(base, candidate)
    return os.path.commonpath([base, target]) == base


@app.route("/reports")
def report():
    name = request.args.get("name", "")
    if not is_path_inside(REPORTS, name):
        abort(404)
    return send_file(os.path.realpath(os.path.join(REPORTS, name)))


@app.route("/exports")
def export():
    name = request.args.get("name", "")
    if not resolves_under(REPORTS, name):
        abort(404)
    with open(os.path.join(REPORTS, name)) as fh:
        return fh.read()


@app.route("/archive")
def archive():
    name = request.args.get("name", "")
    if not joined_under(REPORTS, name):
        abort(404)
    with open(os.path.join(REPORTS, name)) as fh:  # expect: PW-PATH-TRAVERSAL:10
        return fh.read()

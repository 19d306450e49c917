"""`relative_to` raises unless the path is under the base: a containment check when the path is resolved."""
import logging
from pathlib import Path

from flask import Flask, abort, request, send_file

app = Flask(__name__)
ROOT = Path("/srv/files")
log = logging.getLogger(__name__)


def inside(base, candidate):
    base = Path(base).resolve()
    try:
        Path(candidate).resolve().relative_to(base)
    except ValueError:
        return False
    return True


@app.route("/helper")
def helper_checked():
    target = ROOT / request.args["name"]
    if not inside(ROOT, target):
        abort(400)
    return send_file(target)


@app.route("/statement")
def statement_checked():
    path = (ROOT / request.args["name"]).resolve()
    path.relative_to(ROOT)
    return path.read_text()


@app.route("/lexical")
def lexical_only():
    # a path that is not resolved passes `relative_to` with `..` in it
    path = ROOT / request.args["name"]
    path.relative_to(ROOT)
    return open(path).read()  # expect: PW-PATH-TRAVERSAL:12


@app.route("/logged")
def logged_only():
    path = (ROOT / request.args["name"]).resolve()
    try:
        path.relative_to(ROOT)
    except ValueError:
        log.warning("a path outside the root was asked for")
    return send_file(path)  # expect: PW-PATH-TRAVERSAL:12

"""Rejecting `..` alone, or absolute paths alone, leaves the other way out of the base."""
import os

from flask import Flask, abort, request

app = Flask(__name__)
BASE = "/srv/files"


@app.route("/no-dots")
def no_dots():
    name = request.args.get("name", "")
    if ".." in name:
        abort(400)
    # an absolute name replaces the base: os.path.join(BASE, "/etc/passwd") is "/etc/passwd"
    return open(os.path.join(BASE, name)).read()  # expect: PW-PATH-TRAVERSAL:@open


@app.route("/relative")
def relative():
    name = request.args.get("name", "")
    if name.startswith("/"):
        abort(400)
    return open(os.path.join(BASE, name)).read()  # expect: PW-PATH-TRAVERSAL:@open


@app.route("/other-name")
def other_name():
    name = request.args.get("name", "")
    other = request.args.get("other", "")
    if ".." in other or other.startswith("/"):
        abort(400)
    return open(os.path.join(BASE, name)).read()  # expect: PW-PATH-TRAVERSAL:@open


@app.route("/only-logged")
def only_logged():
    name = request.args.get("name", "")
    if ".." in name or os.path.isabs(name):
        app.logger.warning("odd name %r", name)
    return open(os.path.join(BASE, name)).read()  # expect: PW-PATH-TRAVERSAL:@open


@app.route("/either")
def either():
    name = request.args.get("name", "")
    # passes when one of the two holds: `../x` is not absolute
    if ".." not in name or not name.startswith("/"):
        return open(os.path.join(BASE, name)).read()  # expect: PW-PATH-TRAVERSAL:@open
    abort(400)

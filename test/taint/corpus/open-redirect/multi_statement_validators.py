"""Checks written over several statements: every way of returning true must give the guarantee."""
import os
import re
from urllib.parse import urlparse

from flask import Flask, abort, redirect, request, send_file

app = Flask(__name__)
ALLOWED_HOSTS = {"example.com", "www.example.com"}
SLUG = re.compile(r"[a-z0-9-]+")


def is_safe_url(target):
    parsed = urlparse(target)
    if parsed.netloc and parsed.netloc not in ALLOWED_HOSTS:
        return False
    return True


def is_local_path(target):
    if not target.startswith("/"):
        return False
    if target.startswith("//"):
        return False
    return True


def loosely_checked(target):
    if target.startswith("https://"):
        return True
    if target in ALLOWED_HOSTS:
        return True
    return len(target) > 3


def valid_slug(name):
    if not name:
        return False
    if SLUG.fullmatch(name) is None:
        return False
    return True


@app.route("/login/done")
def login_done():
    nxt = request.args.get("next", "/")
    if not is_safe_url(nxt):
        abort(400)
    return redirect(nxt)


@app.route("/go")
def go():
    to = request.args.get("to", "/")
    if is_local_path(to):
        return redirect(to)
    return redirect("/")


@app.route("/away")
def away():
    to = request.args.get("to", "/")
    if loosely_checked(to):
        return redirect(to)  # expect: PW-OPEN-REDIRECT:16
    return redirect("/")


@app.route("/docs/<name>")
def docs(name):
    if not valid_slug(name):
        abort(404)
    return send_file(os.path.join("docs", name + ".html"))


@app.route("/raw")
def raw():
    name = request.args.get("name", "")
    if valid_slug(name) or name.endswith(".txt"):
        return send_file(os.path.join("docs", name))  # expect: PW-PATH-TRAVERSAL:16
    return "no"

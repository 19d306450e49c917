"""Checks done by helper functions, map() with a quoting function, loops over constant keys."""
import os
import re
import shlex

from flask import Flask, abort, request

app = Flask(__name__)

SLUG = re.compile(r"[a-z0-9_-]{1,32}")
ALLOWED = ("main", "develop")


def is_slug(value):
    """True for short lowercase names."""
    return bool(SLUG.fullmatch(value or ""))


def is_known_branch(value):
    return value in ALLOWED


@app.route("/log")
def log():
    branch = request.args.get("branch", "main")
    if not is_slug(branch):
        abort(400)
    os.system("git log " + branch)
    return "ok"


@app.route("/checkout")
def checkout():
    branch = request.args.get("branch", "main")
    if is_known_branch(branch):
        os.system("git checkout " + branch)
    return "ok"


@app.route("/whois")
def whois():
    build = lambda d: "whois " + shlex.quote(d)  # noqa: E731
    commands = list(map(build, [request.args["domain"]]))
    os.system(commands[0])
    return "ok"


@app.route("/quoted")
def quoted():
    words = list(map(shlex.quote, request.args.getlist("w")))
    os.system("echo " + " ".join(words))
    return "ok"


@app.route("/fixed-key")
def fixed_key():
    commands = {"user": request.args["cmd"], "fixed": "uptime"}
    for key in ("fixed",):
        os.system(commands[key])
    return str([os.system(commands[k]) for k in ("fixed",)])

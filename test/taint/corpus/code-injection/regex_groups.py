"""A group of a regular-expression match holds only what its subpattern lets through."""

import re

from flask import Flask, abort, request

app = Flask(__name__)
EXPR = re.compile(r"\s*(-?\d+(?:\.\d+)?)\s*([-+*/])\s*(-?\d+(?:\.\d+)?)\s*")
ASSIGN = re.compile(r"(?P<name>[a-z_]+)\s*=\s*(?P<value>.+)")


@app.route("/calc")
def calc():
    match = EXPR.fullmatch(request.args.get("q", ""))
    if match is None:
        abort(400)
    left, op, right = match.groups()
    # numbers and one of `-+*/`: no name, call or string can be spelt
    return str(eval(f"{left} {op} {right}"))


@app.route("/op")
def op():
    if not (m := re.search(r"([-+*/]) (\d+)", request.args["q"])):
        abort(400)
    return str(eval("10 " + m.group(1) + m[2]))


@app.route("/assign")
def assign():
    m = ASSIGN.match(request.args["q"])
    if m is None:
        abort(400)
    name = m["name"]
    eval(m.group("value"))  # expect: PW-CODE-INJECTION:5
    return name


@app.route("/whole")
def whole():
    m = EXPR.search(request.args["q"])
    if m is None:
        abort(400)
    # the whole match allows spaces and newlines (`\s`): it clears nothing
    eval(m.group(0))  # expect: PW-CODE-INJECTION:5
    return "done"

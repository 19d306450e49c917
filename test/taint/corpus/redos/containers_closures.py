"""Patterns carried through containers, closures, lambdas and walrus."""
import re

from flask import Flask, request

app = Flask(__name__)


@app.route("/dict")
def via_dict():
    rules = {"user": request.args["p"], "default": r"\d+"}
    re.compile(rules["user"])  # expect: PW-REDOS:5
    return "ok"


@app.route("/closure")
def via_closure():
    pattern = request.cookies.get("filter", "")

    def check(text):
        return re.search(pattern, text)  # expect: PW-REDOS:16

    check("abc")
    return "ok"


@app.route("/lambda")
def via_lambda():
    wrap = lambda p: "(" + p + ")+"
    re.compile(wrap(request.args["p"]))  # expect: PW-REDOS:5
    return "ok"


@app.route("/walrus")
def via_walrus():
    if (p := request.headers.get("X-Pattern")):
        re.compile(p)  # expect: PW-REDOS:9
    return "ok"

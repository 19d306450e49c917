"""Constant patterns (request data only as the subject), re.escape, casts and dead branches."""
import re

from flask import Flask, request

app = Flask(__name__)
WORD = re.compile(r"^\w{1,32}$")


@app.route("/validate")
def validate():
    name = request.args["name"]
    if WORD.match(name) and re.search(r"[a-z]", name):
        return "valid"
    return "invalid"


@app.route("/escaped")
def escaped():
    literal = re.escape(request.args["literal"])
    re.compile(literal)
    return "ok"


@app.route("/repeat")
def repeat():
    n = int(request.args["n"])
    re.compile("a{%d}" % n)
    return "ok"


@app.route("/fold")
def fold():
    param = request.args["p"]
    num = 106
    pattern = r"\d+" if 7 * 18 + num > 200 else param
    re.compile(pattern)
    return "ok"


@app.route("/reassign")
def reassign():
    pattern = request.args["p"]
    pattern = r"[a-z]+"
    re.match(pattern, "abc")
    return "ok"


@app.route("/if-false")
def if_false():
    if False:
        re.compile(request.args["p"])
    return "ok"


def default_pattern(_requested):
    return r"^[0-9]+$"


@app.route("/helper")
def helper():
    re.compile(default_pattern(request.args["p"]))
    return "ok"


@app.route("/slots")
def slots():
    d = {"user": request.args["p"], "fixed": r"\w+"}
    re.compile(d["fixed"])
    return "ok"

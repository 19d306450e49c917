"""Reassignment and constant container slots: eval/exec only see constants."""
from flask import Flask, request

app = Flask(__name__)


@app.route("/reassign")
def reassign():
    expr = request.args["expr"]
    expr = "1 + 1"
    eval(expr)
    return "ok"


@app.route("/dict")
def other_key():
    d = {}
    d["user"] = request.args["expr"]
    d["fixed"] = "3 * 3"
    eval(d["fixed"])
    return "ok"


@app.route("/list")
def constant_slot():
    codes = [request.args["code"], "pass"]
    exec(codes[1])
    return "ok"

"""list.remove of a constant shifts a tracked list: the constants that end up at the index read."""
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/after")
def after():
    values = [request.args["x"], "safe", "moresafe"]
    values.remove("moresafe")
    bar = values[1]
    os.system("echo " + bar)
    return "ok"


@app.route("/shifted")
def shifted():
    values = ["safe", request.args["x"], "moresafe"]
    values.remove("safe")
    os.system("echo " + values[1])
    return "ok"


@app.route("/appended")
def appended():
    values = [request.args["x"]]
    values.append("a")
    values.append("b")
    values.remove("a")
    os.system("echo " + values[1])
    return "ok"


@app.route("/no-match")
def no_match():
    # remove() raises unless the request value is "absent": past it, index 0 holds "safe"
    values = [request.args["p"], "safe"]
    values.remove("absent")
    os.system("echo " + values[0])
    return "ok"

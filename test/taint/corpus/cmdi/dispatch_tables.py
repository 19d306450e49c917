"""Handlers picked from a table of lambdas or functions."""
import os
import shlex

from flask import Flask, request

app = Flask(__name__)


def run_plain(arg):
    return os.system("ls " + arg)  # expect: PW-CMDI:12


def run_quoted(arg):
    return os.system("ls " + shlex.quote(arg))


HANDLERS = {"plain": run_plain, "quoted": run_quoted}
BUILDERS = {
    "du": lambda v: "du -s " + v,
    "fixed": lambda v: "uptime",
}


@app.route("/run/<kind>")
def run(kind):
    return str(HANDLERS[kind](request.args["p"]))


@app.route("/quoted")
def quoted():
    return str(HANDLERS["quoted"](request.args["p"]))


@app.route("/build/<kind>")
def build(kind):
    builder = BUILDERS.get(kind)
    os.system(builder(request.args["p"]))  # expect: PW-CMDI:5
    return "ok"


@app.route("/fixed")
def fixed():
    builder = BUILDERS.get("fixed")
    os.system(builder(request.args["p"]))
    return "ok"

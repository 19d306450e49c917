"""Constant code, numeric casts and non-user data passed to eval/exec/import."""
import importlib
import os

from flask import Flask, request

app = Flask(__name__)
PLUGIN = "plugins.default"
FORMULAS = {"area": "width * height"}


@app.route("/constant")
def constant():
    eval("2 ** 10")
    exec("counter = 0")
    compile("x = 1", "<const>", "exec")
    return "ok"


@app.route("/cast")
def cast():
    n = int(request.args["n"])
    eval(f"{n} * 2")
    ratio = float(request.args.get("r", "1"))
    eval("%f / 3" % ratio)
    return "ok"


@app.route("/import-constant")
def import_constant():
    importlib.import_module(PLUGIN)
    __import__("json")
    return "ok"


@app.route("/config")
def config():
    eval(FORMULAS["area"], {"width": 2, "height": 3})
    exec("cwd = " + repr(os.getcwd()))
    return "ok"

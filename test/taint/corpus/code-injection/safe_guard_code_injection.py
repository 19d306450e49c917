"""Allow-list checks before dynamic imports and evaluation."""
import importlib

from flask import Flask, abort, request

app = Flask(__name__)
ALLOWED_MODULES = {"csv_export", "json_export"}
ALLOWED_EXPRESSIONS = ("1 + 1", "2 * 3")


@app.route("/export")
def export():
    name = request.args["format"]
    if name not in ALLOWED_MODULES:
        abort(404)
    importlib.import_module("exporters." + name)
    return "ok"


@app.route("/preset")
def preset():
    expr = request.args["expr"]
    if expr in ALLOWED_EXPRESSIONS:
        eval(expr)
    return "ok"

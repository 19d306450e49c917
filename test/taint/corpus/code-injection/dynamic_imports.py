"""Module names taken from requests passed to __import__ and importlib.import_module."""
import importlib
from importlib import import_module

from flask import Flask, request

app = Flask(__name__)


@app.route("/driver")
def driver():
    name = request.args.get("driver")
    module = __import__(name)  # expect: PW-CODE-INJECTION:14
    return "loaded" if module else "missing"


@app.route("/backend/<backend>")
def backend(backend):
    importlib.import_module("app.backends." + backend)  # expect: PW-CODE-INJECTION:5
    return "loaded"


@app.route("/exporter")
def exporter():
    fmt = request.cookies.get("format", "csv")
    import_module(f"exporters.{fmt}")  # expect: PW-CODE-INJECTION:5
    return "loaded"

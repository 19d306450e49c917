"""Patterns assembled from request data with f-strings, helpers and join."""
import re

from flask import Flask, request

app = Flask(__name__)


def anchored(fragment):
    return "^" + fragment + "$"


@app.route("/prefix")
def prefix():
    re.compile(f"^{request.args['prefix']}.*$")  # expect: PW-REDOS:5
    return "ok"


@app.route("/anchored")
def anchored_view():
    re.match(anchored(request.args["frag"]), "value")  # expect: PW-REDOS:5
    return "ok"


@app.route("/alternation")
def alternation():
    words = request.args.getlist("w")
    re.compile("|".join(words))  # expect: PW-REDOS:5
    return "ok"

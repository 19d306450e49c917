"""re.compile with a request-controlled pattern."""
import re

from flask import Flask, request

app = Flask(__name__)


@app.route("/filter")
def filter_names():
    pattern = re.compile(request.args["pattern"])  # expect: PW-REDOS:15
    return "compiled" if pattern else "empty"


@app.route("/filter-ci")
def filter_ci():
    expr = request.args.get("expr", ".*")
    re.compile(expr, re.IGNORECASE)  # expect: PW-REDOS:5
    return "ok"

"""Flask app.logger fed request data directly and through helpers."""
from flask import Flask, request

app = Flask(__name__)


def describe(value):
    return "value=" + value


@app.route("/fail")
def fail():
    app.logger.error(request.args["reason"])  # expect: PW-LOG-INJECTION:5
    return "ok"


@app.route("/described")
def described():
    app.logger.info(describe(request.args["v"]))  # expect: PW-LOG-INJECTION:5
    return "ok"

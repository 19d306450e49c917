"""Conditions that fold to the tainted branch still produce XSS."""
from flask import Flask, request

app = Flask(__name__)


@app.route("/fold")
def fold():
    param = request.args["v"]
    num = 10
    bar = "safe" if 7 * 18 + num > 200 else param
    return "<p>" + bar + "</p>"  # expect: PW-XSS:12


@app.route("/list")
def list_slot():
    param = request.args["v"]
    parts = ["safe", param]
    return "<p>" + parts[1] + "</p>"  # expect: PW-XSS:12

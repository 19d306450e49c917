"""Closures, lambdas and comprehensions producing HTML from request data."""
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/closure")
def closure():
    who = request.args["who"]

    def build():
        return "<b>" + who + "</b>"

    return build()  # expect: PW-XSS:12


@app.route("/lambda")
def with_lambda():
    bold = lambda s: "<b>%s</b>" % s
    return make_response(bold(request.args["s"]))  # expect: PW-XSS:12


@app.route("/table")
def table():
    rows = [f"<tr><td>{cell}</td></tr>" for cell in request.args["cells"].split(",")]
    return "<table>" + "".join(rows) + "</table>"  # expect: PW-XSS:12

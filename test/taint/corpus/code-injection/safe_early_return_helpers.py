"""Early returns on the tainted path and helpers that drop their argument."""
from flask import Flask, request

app = Flask(__name__)


def default_expression(_user_value):
    return "sum([1, 2, 3])"


@app.route("/early")
def early():
    expr = "0"
    if request.args.get("expr"):
        expr = request.args["expr"]
        return "custom expressions are disabled", 403
    eval(expr)
    return "ok"


@app.route("/helper")
def helper():
    eval(default_expression(request.args["expr"]))
    return "ok"

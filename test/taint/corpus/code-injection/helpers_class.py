"""Helpers and object attributes carrying request data into eval/exec."""
from flask import Flask, request

app = Flask(__name__)


def same(value):
    return value


def wrap_expression(expr):
    return "(" + expr + ") * 2"


def evaluate(source):
    return eval(source)  # expect: PW-CODE-INJECTION:12


class Rule:
    def __init__(self, expression):
        self.expression = expression

    def check(self, item):
        return eval(self.expression, {"item": item})  # expect: PW-CODE-INJECTION:16


@app.route("/double")
def double():
    eval(wrap_expression(request.args["e"]))  # expect: PW-CODE-INJECTION:5
    return "ok"


@app.route("/same")
def same_view():
    exec(same(request.args["code"]))  # expect: PW-CODE-INJECTION:5
    return "ok"


@app.route("/rule")
def rule():
    Rule(request.args["rule"]).check({"price": 3})
    return "ok"


@app.route("/evaluate")
def evaluate_view():
    evaluate(request.args["src"])
    return "ok"

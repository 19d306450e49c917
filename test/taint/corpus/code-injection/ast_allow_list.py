"""A syntax tree checked node by node against an allow-list of arithmetic node types."""

import ast

from flask import Flask, abort, request

app = Flask(__name__)
ARITHMETIC = (ast.Expression, ast.BinOp, ast.UnaryOp, ast.Constant, ast.Add, ast.Sub, ast.Mult, ast.Div, ast.USub)
WITH_CALLS = (ast.Expression, ast.BinOp, ast.Constant, ast.Call, ast.Name, ast.Load, ast.Add)


def parse_checked(text, allowed):
    tree = ast.parse(text, mode="eval")
    for node in ast.walk(tree):
        if not isinstance(node, allowed):
            raise ValueError(type(node).__name__)
    return tree


@app.route("/calc")
def calc():
    tree = ast.parse(request.args["q"], mode="eval")
    for node in ast.walk(tree):
        if not isinstance(node, ARITHMETIC):
            abort(400)
    # numbers and operators only: nothing to call or import
    return {"result": eval(compile(tree, "<calc>", "eval"), {"__builtins__": {}})}


@app.route("/calls")
def calls():
    tree = ast.parse(request.args["q"], mode="eval")
    for node in ast.walk(tree):
        if not isinstance(node, WITH_CALLS):
            abort(400)
    # `__import__("os")` passes an allow-list that names ast.Call
    code = compile(tree, "<calc>", "eval")  # expect: PW-CODE-INJECTION:12
    eval(code)  # expect: PW-CODE-INJECTION:5
    return "ok"


@app.route("/logged")
def logged():
    tree = ast.parse(request.args["q"], mode="eval")
    for node in ast.walk(tree):
        if not isinstance(node, ARITHMETIC):
            print("unexpected", node)
    # the loop reports but does not stop
    code = compile(tree, "<calc>", "eval")  # expect: PW-CODE-INJECTION:12
    eval(code)  # expect: PW-CODE-INJECTION:5
    return "ok"

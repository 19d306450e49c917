"""A lookup whose default is the request data returns it for unknown keys."""
from flask import Flask, request

app = Flask(__name__)
OPS = {"add": "a + b", "mul": "a * b"}


@app.route("/op/<name>")
def run_op(name):
    src = OPS.get(name, name)
    eval(src, {}, {"a": 1, "b": 2})  # expect: PW-CODE-INJECTION:@eval
    return "done"


@app.route("/op2/<name>")
def run_op2(name):
    src = OPS.get(name, "a + b")
    eval(src, {}, {"a": 1, "b": 2})
    return "done"

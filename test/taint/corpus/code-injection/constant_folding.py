"""Conditions that fold to the tainted branch: still code injection."""
from flask import Flask, request

app = Flask(__name__)


@app.route("/fold")
def fold():
    param = request.args["v"]
    num = 10
    bar = "safe" if 7 * 18 + num > 200 else param
    eval(bar)  # expect: PW-CODE-INJECTION:5
    return "ok"


@app.route("/if-true")
def if_true():
    param = request.args["v"]
    code = "pass"
    if 2 > 1:
        code = param
    exec(code)  # expect: PW-CODE-INJECTION:5
    return "ok"


@app.route("/dict")
def dict_value():
    param = request.args["v"]
    table = {"a": "1", "b": param}
    eval(table["b"])  # expect: PW-CODE-INJECTION:5
    return "ok"

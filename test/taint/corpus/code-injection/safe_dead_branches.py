"""Dead branches and constant folding keep request data away from eval/exec."""
from flask import Flask, request

app = Flask(__name__)


@app.route("/fold")
def fold():
    param = request.args["v"]
    num = 106
    bar = "safe" if 7 * 18 + num > 200 else param
    eval("len('" + bar + "')")
    return "ok"


@app.route("/if-false")
def if_false():
    param = request.args["v"]
    code = "pass"
    if False:
        code = param
    exec(code)
    return "ok"


@app.route("/one-equals-two")
def one_equals_two():
    param = request.args["v"]
    if 1 == 2:
        eval(param)
    return "ok"

"""Dead branches and constant folding: only constants are returned as HTML."""
from flask import Flask, request

app = Flask(__name__)


@app.route("/fold")
def fold():
    param = request.args["v"]
    num = 106
    bar = "safe" if 7 * 18 + num > 200 else param
    return "<p>" + bar + "</p>"


@app.route("/if-false")
def if_false():
    param = request.args["v"]
    text = "none"
    if False:
        text = param
    return f"<p>{text}</p>"


@app.route("/one-equals-two")
def one_equals_two():
    param = request.args["v"]
    if 1 == 2:
        return "<p>" + param + "</p>"
    return "<p>static</p>"

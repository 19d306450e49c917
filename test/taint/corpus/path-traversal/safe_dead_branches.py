"""Dead branches and constant folding keep request data out of file paths."""
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/fold")
def fold():
    param = request.args["name"]
    num = 106
    bar = "default.txt" if 7 * 18 + num > 200 else param
    open("/srv/data/" + bar).close()
    return "ok"


@app.route("/if-false")
def if_false():
    param = request.args["name"]
    name = "default.txt"
    if False:
        name = param
    open("/srv/data/" + name).close()
    return "ok"


@app.route("/one-equals-two")
def one_equals_two():
    param = request.args["name"]
    if 1 == 2:
        os.remove("/srv/data/" + param)
    return "ok"

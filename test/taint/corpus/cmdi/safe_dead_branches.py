"""Dead branches and constant folding keep request data away from the shell."""
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/fold")
def fold():
    param = request.args["v"]
    num = 106
    bar = "safe" if 7 * 18 + num > 200 else param
    os.system("echo " + bar)
    return "ok"


@app.route("/if-false")
def if_false():
    param = request.args["v"]
    cmd = "echo idle"
    if False:
        cmd = "echo " + param
    os.system(cmd)
    return "ok"


@app.route("/one-equals-two")
def one_equals_two():
    param = request.args["v"]
    if 1 == 2:
        os.system("echo " + param)
    return "ok"


@app.route("/constant-switch")
def constant_switch():
    param = request.args["v"]
    mode = "fixed"
    cmd = ("echo " + param) if mode == "user" else "echo fixed"
    os.system(cmd)
    return "ok"

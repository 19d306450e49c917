"""list.remove of a constant on a list whose elements are tracked: the element that goes."""
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/first-left")
def first_left():
    values = ["safe", request.args["x"], "moresafe"]
    values.remove("safe")
    bar = values[0]
    os.system("echo " + bar)  # expect: PW-CMDI:5
    return "ok"


@app.route("/unknown-before")
def unknown_before():
    # the request value may be the "x" removed: either outcome can put it at index 0
    values = ["keep", request.args["p"], "x", "tail"]
    values.remove("x")
    os.system("echo " + values[1])  # expect: PW-CMDI:5
    return "ok"


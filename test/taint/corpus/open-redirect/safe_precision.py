"""Dead branches, reassignment, constant slots and early returns before redirect()."""
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/fold")
def fold():
    param = request.args["next"]
    num = 106
    target = "/home" if 7 * 18 + num > 200 else param
    return redirect(target)


@app.route("/if-false")
def if_false():
    target = "/home"
    if False:
        target = request.args["next"]
    return redirect(target)


@app.route("/reassign")
def reassign():
    target = request.args["next"]
    target = "/home"
    return redirect(target)


@app.route("/slots")
def slots():
    urls = {"user": request.args["next"], "home": "/home"}
    return redirect(urls["home"])


@app.route("/early")
def early():
    target = "/home"
    if "next" in request.args:
        target = request.args["next"]
        return "external redirects are disabled", 400
    return redirect(target)


def home(_requested):
    return "/home"


@app.route("/helper")
def helper():
    return redirect(home(request.args["next"]))


@app.route("/one-equals-two")
def one_equals_two():
    if 1 == 2:
        return redirect(request.args["next"])
    return redirect("/home")

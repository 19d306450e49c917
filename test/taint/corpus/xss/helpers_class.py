"""HTML built by helper functions and objects, returned by the view."""
from flask import Flask, request

app = Flask(__name__)


def same(value):
    return value


def render_greeting(name):
    return "<h1>Welcome, " + name + "!</h1>"


class Widget:
    def __init__(self, label):
        self.label = label

    def html(self):
        return f"<button>{self.label}</button>"


@app.route("/welcome")
def welcome():
    return render_greeting(request.args["name"])  # expect: PW-XSS:12


@app.route("/same")
def same_view():
    value = same(request.args["v"])
    return value  # expect: PW-XSS:12


@app.route("/widget")
def widget():
    w = Widget(request.args["label"])
    return w.html()  # expect: PW-XSS:12

"""Reassignment and constant container slots keep responses constant."""
from flask import Flask, request

app = Flask(__name__)


@app.route("/reassign")
def reassign():
    html = request.args["html"]
    html = "<p>fixed</p>"
    return html


@app.route("/dict")
def other_key():
    d = {"user": request.args["v"], "title": "Home"}
    return "<h1>" + d["title"] + "</h1>"


@app.route("/list")
def constant_slot():
    values = [request.args["v"], "static"]
    return "<p>" + values[1] + "</p>"


class Page:
    def __init__(self, user_text):
        self.user_text = user_text
        self.title = "Dashboard"


@app.route("/attr")
def other_attr():
    page = Page(request.args["t"])
    return "<h1>" + page.title + "</h1>"

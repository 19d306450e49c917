"""Markup(...).format(x) escapes what it formats in."""
from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/greet")
def greet():
    return Markup("<h1>{}</h1>").format(request.args.get("name", ""))


@app.route("/list")
def listing():
    items = request.args.getlist("i")
    return Markup("<br>").join(items)

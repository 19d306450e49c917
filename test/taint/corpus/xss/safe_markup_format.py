"""Markup templates escape what % puts in them."""
from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/notice")
def notice():
    return Markup("<span class='tag'>%s</span>") % request.args.get("msg", "")

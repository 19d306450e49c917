"""html.escape / markupsafe.escape applied before data reaches the HTML response."""
import html

from flask import Flask, make_response, request
from markupsafe import Markup, escape

app = Flask(__name__)


@app.route("/html-escape")
def html_escaped():
    name = html.escape(request.args.get("name", ""))
    return f"<p>Hello {name}</p>"


@app.route("/markupsafe")
def markupsafe_escaped():
    return make_response("<b>" + escape(request.args["who"]) + "</b>")


@app.route("/markup-of-escaped")
def markup_of_escaped():
    safe_text = escape(request.args["bio"])
    return Markup("<p>") + safe_text + Markup("</p>")


@app.route("/loop-escaped")
def loop_escaped():
    items = "".join("<li>" + html.escape(i) + "</li>" for i in request.args.getlist("i"))
    return "<ul>" + items + "</ul>"


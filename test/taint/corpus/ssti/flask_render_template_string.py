"""flask.render_template_string with a template assembled from request data."""
import flask
from flask import Flask, render_template_string, request

app = Flask(__name__)
PAGES = []


@app.route("/hello")
def hello():
    name = request.args.get("name", "guest")
    template = f"<h1>Hello {name}!</h1>"
    return render_template_string(template)  # expect: PW-SSTI:12 PW-XSS:12


@app.route("/preview", methods=["POST"])
def preview():
    return flask.render_template_string(request.form["template"], user="bob")  # expect: PW-SSTI:12 PW-XSS:12


@app.route("/page/<title>")
def page(title):
    body = "<title>" + title + "</title>{{ content }}"
    html = render_template_string(body, content="...")  # expect: PW-SSTI:12 PW-XSS:12
    PAGES.append(html)
    return "cached"

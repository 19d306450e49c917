"""Constant templates with request data passed only as context."""
import jinja2
from flask import Flask, render_template, render_template_string, request
from jinja2 import Environment, FileSystemLoader, Template

app = Flask(__name__)
env = Environment(loader=FileSystemLoader("templates"), autoescape=True)
GREETING = "<p>Hello {{ name }}</p>"


@app.route("/hello")
def hello():
    return render_template_string(GREETING, name=request.args["name"])


@app.route("/inline")
def inline():
    return render_template_string("<h1>{{ title }}</h1>", title=request.args.get("title"))


@app.route("/file")
def file_template():
    return render_template("page.html", body=request.args["body"])


@app.route("/jinja")
def jinja():
    Template("Dear {{ who }}").render(who=request.args["who"])
    jinja2.Template("{{ a }}").render(a=request.args["a"])
    env.from_string("{{ x }}").render(x=request.args["x"])
    env.get_template("mail.txt").render(user=request.args["user"])
    return "ok"

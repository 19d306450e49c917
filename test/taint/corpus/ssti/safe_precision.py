"""Dead branches, reassignment, constant slots, casts and ignoring helpers before templates."""
from flask import Flask, render_template_string, request
from jinja2 import Template

app = Flask(__name__)


def default_template(_requested):
    return "<p>{{ msg }}</p>"


@app.route("/fold")
def fold():
    param = request.args["t"]
    num = 106
    tpl = "<p>{{ msg }}</p>" if 7 * 18 + num > 200 else param
    return render_template_string(tpl, msg="hi")


@app.route("/if-false")
def if_false():
    tpl = "<p>static</p>"
    if False:
        tpl = request.args["t"]
    return render_template_string(tpl)


@app.route("/reassign")
def reassign():
    tpl = request.args["t"]
    tpl = "<p>fixed</p>"
    Template(tpl).render()
    return "ok"


@app.route("/slots")
def slots():
    d = {"user": request.args["t"], "fixed": "<b>{{ n }}</b>"}
    items = [request.args["t"], "<i>{{ n }}</i>"]
    Template(d["fixed"]).render(n=1)
    Template(items[1]).render(n=2)
    return "ok"


@app.route("/cast")
def cast():
    n = int(request.args["n"])
    return render_template_string("<p>" + str(n) + "</p>")


@app.route("/helper")
def helper():
    return render_template_string(default_template(request.args["t"]), msg="x")


@app.route("/early")
def early():
    tpl = "<p>default</p>"
    if "t" in request.args:
        tpl = request.args["t"]
        return "custom templates are disabled", 403
    return render_template_string(tpl)

"""Template source built in helpers, objects, containers and base64 round trips."""
import base64

from flask import Flask, render_template_string, request
from jinja2 import Template

app = Flask(__name__)


def wrap(body):
    return "<div>" + body + "</div>"


class Theme:
    def __init__(self, header):
        self.header = header

    def compile(self):
        return Template(self.header)  # expect: PW-SSTI:16


@app.route("/wrapped")
def wrapped():
    return render_template_string(wrap(request.args["body"]))  # expect: PW-SSTI:12 PW-XSS:12


@app.route("/theme")
def theme():
    Theme(request.args["header"]).compile()
    return "ok"


@app.route("/b64")
def b64():
    src = base64.b64decode(request.args["t"]).decode()
    parts = {"tpl": src}
    return render_template_string(parts["tpl"])  # expect: PW-SSTI:12 PW-XSS:12

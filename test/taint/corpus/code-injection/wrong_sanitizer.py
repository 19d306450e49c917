"""HTML / shell escaping does not stop code injection."""
import html
import shlex

from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/html")
def html_escaped():
    eval(html.escape(request.args["expr"]))  # expect: PW-CODE-INJECTION:5
    return "ok"


@app.route("/markup")
def markup_escaped():
    exec(str(escape(request.args["code"])))  # expect: PW-CODE-INJECTION:5
    return "ok"


@app.route("/shell")
def shell_quoted():
    eval("len(" + shlex.quote(request.args["s"]) + ")")  # expect: PW-CODE-INJECTION:5
    return "ok"

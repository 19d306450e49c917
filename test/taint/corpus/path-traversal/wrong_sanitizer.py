"""HTML / shell escaping does not stop path traversal."""
import html
import shlex

from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/html")
def html_escaped():
    open("/srv/data/" + html.escape(request.args["name"])).close()  # expect: PW-PATH-TRAVERSAL:5
    return "ok"


@app.route("/shell")
def shell_quoted():
    name = shlex.quote(request.args["name"])
    open("/srv/data/" + name).close()  # expect: PW-PATH-TRAVERSAL:5
    return "ok"


@app.route("/markup")
def markup_escaped():
    name = str(escape(request.args["name"]))
    open("/srv/data/" + name).close()  # expect: PW-PATH-TRAVERSAL:5
    return "ok"

"""HTML escaping does not stop template injection: {{ }} survives html.escape."""
import html

from flask import Flask, render_template_string, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/escaped")
def escaped():
    name = html.escape(request.args["name"])
    return render_template_string("<p>Hello " + name + "</p>")  # expect: PW-SSTI:12


@app.route("/markup-escaped")
def markup_escaped():
    return render_template_string(str(escape(request.args["t"])))  # expect: PW-SSTI:12

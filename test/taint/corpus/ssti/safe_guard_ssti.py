"""Allow-listed template names select constant template sources."""
from flask import Flask, abort, render_template_string, request

app = Flask(__name__)
TEMPLATES = {"short": "<p>{{ m }}</p>", "long": "<div><p>{{ m }}</p></div>"}


@app.route("/styled")
def styled():
    style = request.args["style"]
    if style not in TEMPLATES:
        abort(404)
    return render_template_string(TEMPLATES[style], m="hello")


@app.route("/variant")
def variant():
    variant_name = request.args["v"]
    if variant_name in ("<p>{{ m }}</p>", "<b>{{ m }}</b>"):
        return render_template_string(variant_name, m="hello")
    return "unknown"

"""Allow-listed values before they are echoed into HTML."""
from flask import Flask, abort, request

app = Flask(__name__)
THEMES = {"light", "dark"}


@app.route("/theme")
def theme():
    name = request.args.get("theme", "light")
    if name not in THEMES:
        abort(400)
    return f"<body class='{name}'></body>"


@app.route("/lang")
def lang():
    code = request.args["lang"]
    if code in ("en", "fr", "de"):
        return "<html lang='" + code + "'></html>"
    return "<html></html>"

"""Early return on the tainted path; helpers that ignore their argument."""
from flask import Flask, request

app = Flask(__name__)


def default_banner(_requested):
    return "<div>Welcome</div>"


def build_row(text):
    return "<tr><td>" + text + "</td></tr>"


@app.route("/early")
def early():
    banner = "<div>Welcome</div>"
    if request.args.get("banner"):
        banner = "<div>" + request.args["banner"] + "</div>"
        return "custom banners are disabled"
    return banner


@app.route("/helper")
def helper():
    return default_banner(request.args["banner"])


@app.route("/helper-constant-arg")
def helper_constant_arg():
    request.args.get("ignored")
    return build_row("static")

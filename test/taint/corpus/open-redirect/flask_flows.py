"""Redirect targets built from request data via helpers, f-strings, cookies and JSON."""
from flask import Flask, redirect, request

app = Flask(__name__)


def landing_url(host):
    return "https://" + host + "/welcome"


@app.route("/tenant")
def tenant():
    return redirect(landing_url(request.args["host"]))  # expect: PW-OPEN-REDIRECT:12


@app.route("/resume")
def resume():
    last = request.cookies.get("last_page", "/")
    target = f"{last}"
    return redirect(target)  # expect: PW-OPEN-REDIRECT:12


@app.route("/api/continue", methods=["POST"])
def api_continue():
    data = request.get_json()
    urls = {"next": data["next"], "home": "/"}
    return redirect(urls["next"])  # expect: PW-OPEN-REDIRECT:12

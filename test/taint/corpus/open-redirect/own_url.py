"""The request's own URL, read whole, keeps the client on the host it asked for; its parts are request data."""
from urllib.parse import parse_qs, urljoin, urlparse

from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/refresh")
def refresh():
    return redirect(request.url)


@app.route("/login-page")
def login_page():
    return redirect(urljoin(request.url, "/login"))


@app.route("/page")
def page():
    return redirect(request.base_url + "?page=" + request.args.get("page", "1"))


@app.route("/secure")
def secure():
    url = request.url.replace("http://", "https://", 1)
    return redirect(url, code=301)


@app.route("/next-from-url")
def next_from_url():
    query = parse_qs(urlparse(request.url).query)
    return redirect(query["next"][0])  # expect: PW-OPEN-REDIRECT:12


@app.route("/after")
def after():
    return redirect(request.url.split("?next=")[1])  # expect: PW-OPEN-REDIRECT:12


@app.route("/joined")
def joined():
    return redirect(urljoin(request.url, request.args["to"]))  # expect: PW-OPEN-REDIRECT:12


@app.route("/moved")
def moved():
    return redirect(request.url.replace(request.host, request.args["host"]))  # expect: PW-OPEN-REDIRECT:12

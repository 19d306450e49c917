"""The host of the URL, kept in a name, checked against an allow-list before the request."""
from urllib.parse import urlparse, urlsplit

import requests
from flask import Flask, abort, redirect, request

app = Flask(__name__)
ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}


@app.route("/proxy")
def proxy():
    url = request.args["url"]
    host = urlparse(url).hostname
    if host not in ALLOWED_HOSTS:
        abort(400)
    return requests.get(url, timeout=3).text[:10]


@app.route("/proxy2")
def proxy2():
    url = request.args["url"]
    netloc = (urlsplit(url).netloc or "").lower()
    if netloc in ALLOWED_HOSTS:
        return requests.get(url, timeout=3).json()
    return "no"


@app.route("/next")
def next_page():
    target = request.args.get("next", "/")
    host = urlparse(target).netloc
    if host and host not in ALLOWED_HOSTS:
        return redirect("/")
    return redirect(target)

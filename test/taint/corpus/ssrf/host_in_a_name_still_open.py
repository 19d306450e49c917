"""The host kept in a name, checked against a deny-list, or checked for another URL: still open."""
from urllib.parse import urlparse

import requests
from flask import Flask, abort, request

app = Flask(__name__)
BLOCKED_HOSTS = {"169.254.169.254", "localhost"}
ALLOWED_HOSTS = {"api.example.com"}


@app.route("/deny")
def deny():
    url = request.args["url"]
    host = urlparse(url).hostname
    if host in BLOCKED_HOSTS:
        abort(400)
    return requests.get(url, timeout=3).text  # expect: PW-SSRF:12


@app.route("/other")
def other():
    url = request.args["url"]
    ref = request.args["ref"]
    host = urlparse(ref).hostname
    if host not in ALLOWED_HOSTS:
        abort(400)
    return requests.get(url, timeout=3).text  # expect: PW-SSRF:12

"""URLs rebuilt from their parts (urlunsplit): the host element decides where they go."""
from urllib.parse import urlsplit, urlunsplit

import requests
from flask import Flask, abort, redirect, request

app = Flask(__name__)
PARTNERS = frozenset({"api.partner.example", "hooks.partner.example"})


def pinned(url, allowed=PARTNERS):
    parts = urlsplit(url)
    if parts.scheme != "https" or parts.hostname not in allowed:
        raise ValueError("host not permitted")
    return urlunsplit(("https", parts.hostname, parts.path or "/", parts.query, ""))


@app.post("/ping")
def ping():
    try:
        url = pinned(request.form["url"])
    except ValueError:
        abort(400)
    requests.post(url, json={"type": "ping"}, timeout=5)
    return "sent"


@app.get("/mirror")
def mirror():
    target = urlunsplit(("https", "cdn.example.com", request.args["path"], request.args.get("q", ""), ""))
    requests.get(target, timeout=5)
    return "ok"


@app.get("/proxy")
def proxy():
    target = urlunsplit(("https", request.args["host"], "/status", "", ""))
    requests.get(target, timeout=5)  # expect: PW-SSRF:5
    return "ok"


@app.get("/back")
def back():
    return redirect(urlunsplit(("https", "www.example.com", request.args.get("next", "/"), "", "")))

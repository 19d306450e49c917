"""httpx and urllib.request with request-controlled URLs."""
import urllib.request
from urllib.request import urlopen

import httpx
from flask import Flask, request

app = Flask(__name__)


@app.route("/httpx")
def with_httpx():
    httpx.get(request.args["url"], timeout=5)  # expect: PW-SSRF:5
    return "ok"


@app.route("/urllib")
def with_urllib():
    target = request.args.get("feed", "")
    with urllib.request.urlopen(target, timeout=5) as resp:  # expect: PW-SSRF:10
        resp.read()
    return "ok"


@app.route("/urllib2")
def with_urlopen_alias():
    host = request.headers.get("X-Upstream", "localhost")
    urlopen(f"http://{host}/health", timeout=5).close()  # expect: PW-SSRF:5
    return "ok"

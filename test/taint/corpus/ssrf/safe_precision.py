"""Dead branches, reassignment and constant slots before HTTP requests."""
import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/fold")
def fold():
    param = request.args["url"]
    num = 106
    url = "https://example.com" if 7 * 18 + num > 200 else param
    requests.get(url, timeout=5)
    return "ok"


@app.route("/if-false")
def if_false():
    url = "https://example.com"
    if False:
        url = request.args["url"]
    requests.get(url, timeout=5)
    return "ok"


@app.route("/reassign")
def reassign():
    url = request.args["url"]
    url = "https://example.com/health"
    requests.get(url, timeout=5)
    return "ok"


@app.route("/slots")
def slots():
    urls = [request.args["url"], "https://example.com"]
    requests.get(urls[1], timeout=5)
    return "ok"


def health_url(_requested):
    return "https://example.com/health"


@app.route("/helper")
def helper():
    requests.get(health_url(request.args["url"]), timeout=5)
    return "ok"


@app.route("/early")
def early():
    url = "https://example.com"
    if "url" in request.args:
        url = request.args["url"]
        return "custom URLs are disabled", 400
    requests.get(url, timeout=5)
    return "ok"

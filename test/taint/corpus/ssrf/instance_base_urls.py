"""URL builders whose base comes from the constructor call: fixed for the instance that call builds."""
from urllib.parse import quote

import requests
from flask import Flask, request

app = Flask(__name__)


class Endpoint:
    def __init__(self, base, version="v1"):
        self.base = base.rstrip("/") + "/" + version + "/"

    def resolve(self, target):
        return self.base + quote(target)


class Mirror:
    def __init__(self, base="https://mirror.example.com/"):
        self.base = base

    def switch(self, base):
        self.base = base

    def url(self, path):
        return self.base + path


@app.route("/items")
def items():
    url = Endpoint("https://api.example.com").resolve(request.args.get("path", ""))
    return requests.get(url, timeout=5).text


@app.route("/orders")
def orders():
    ep = Endpoint("https://orders.example.com", version="v2")
    return requests.get(ep.resolve(request.args.get("id", "")), timeout=5).text


@app.route("/proxy")
def proxy():
    ep = Endpoint(request.args.get("base", ""))
    return requests.get(ep.resolve("status"), timeout=5).text  # expect: PW-SSRF:12


@app.route("/mirror")
def mirror():
    return requests.get(Mirror().url(request.args.get("p", "")), timeout=5).text  # expect: PW-SSRF:12

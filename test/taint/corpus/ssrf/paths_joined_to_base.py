"""Request data inside a path (after "/segment/") joined to a base URL stays on the base's host."""
from urllib.parse import quote

import requests
from flask import Flask, request

app = Flask(__name__)


class ApiClient:
    def __init__(self, base_url):
        self.base_url = base_url.rstrip("/")

    def get(self, path):
        return requests.get(self.base_url + path, timeout=5).status_code  # expect: PW-SSRF:16


@app.route("/status")
def status():
    client = ApiClient("https://api.example.com")
    return {"status": client.get("/status/" + quote(request.args.get("e", ""), safe=""))}


@app.route("/item")
def item():
    client = ApiClient("https://api.example.com")
    return {"status": client.get(f"/items/{request.args.get('id', '')}")}


@app.route("/raw")
def raw():
    client = ApiClient("https://api.example.com")
    return {"status": client.get("/" + request.args.get("p", ""))}

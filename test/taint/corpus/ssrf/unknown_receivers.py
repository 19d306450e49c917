"""get/post on objects of unknown type: an HTTP client when its name says so, not a mapping or a
response read back."""
import requests
from flask import Flask, request

app = Flask(__name__)
CACHE = {}


def fetch(session, url):
    return session.get(url, timeout=5).text  # expect: PW-SSRF:12


def post_with(client, url, body):
    return client.post(url, json=body, timeout=5).status_code  # expect: PW-SSRF:12


@app.route("/proxy")
def proxy():
    with requests.Session() as s:
        return fetch(s, request.args["url"])


@app.route("/hook")
def hook():
    return {"status": post_with(requests.Session(), request.args["url"], {"a": 1})}


@app.route("/level")
def level():
    data = requests.get("https://inventory.example.com/api/stock", timeout=3).json()
    warehouse = request.args.get("warehouse", "main")
    return {"level": data.get("levels", {}).get(warehouse, 0), "cached": CACHE.get(warehouse)}

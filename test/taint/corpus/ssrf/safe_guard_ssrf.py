"""Allow-listed URLs / hosts before fetching."""
import requests
from flask import Flask, abort, request

app = Flask(__name__)
ALLOWED_URLS = {"https://feeds.example.com/a.xml", "https://feeds.example.com/b.xml"}
ALLOWED_HOSTS = {"feeds.example.com"}


@app.route("/feed")
def feed():
    url = request.args["url"]
    if url not in ALLOWED_URLS:
        abort(400)
    requests.get(url, timeout=5)
    return "ok"


@app.route("/host")
def host():
    host_name = request.args["host"]
    if host_name in ALLOWED_HOSTS:
        requests.get("https://" + host_name + "/feed.xml", timeout=5)
    return "ok"

"""requests.get/post with a request-controlled URL."""
import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/fetch")
def fetch():
    url = request.args["url"]
    requests.get(url, timeout=5)  # expect: PW-SSRF:5
    return "fetched"


@app.route("/webhook", methods=["POST"])
def webhook():
    hook = request.form["callback"]
    requests.post(hook, json={"event": "ping"}, timeout=5)  # expect: PW-SSRF:5
    return "sent"


@app.route("/proxy/<path:target>")
def proxy(target):
    requests.request("GET", "http://" + target, timeout=5)  # expect: PW-SSRF:5
    return "proxied"

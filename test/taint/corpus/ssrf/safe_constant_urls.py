"""Fixed hosts: request data only in query parameters, payloads or cast path parts."""
import requests
from flask import Flask, request

app = Flask(__name__)
API = "https://api.example.com/search"
SETTINGS = {"status_url": "https://status.example.com/api"}


@app.route("/search")
def search():
    requests.get(API, params={"q": request.args["q"]}, timeout=5)
    return "ok"


@app.route("/post")
def post():
    requests.post("https://hooks.example.com/in", json={"text": request.args["text"]}, timeout=5)
    return "ok"


@app.route("/user")
def user():
    uid = int(request.args["id"])
    requests.get(f"https://api.example.com/users/{uid}", timeout=5)
    return "ok"


@app.route("/status")
def status():
    requests.get(SETTINGS["status_url"], timeout=5)
    return "ok"

"""URLs built through helpers, objects and containers before being fetched."""
import requests
from flask import Flask, request

app = Flask(__name__)


def api_url(base):
    return base.rstrip("/") + "/v1/status"


class Client:
    def __init__(self, base):
        self.base = base

    def status(self):
        return requests.get(self.base + "/status", timeout=5)  # expect: PW-SSRF:16


@app.route("/helper")
def helper():
    requests.get(api_url(request.args["base"]), timeout=5)  # expect: PW-SSRF:5
    return "ok"


@app.route("/object")
def obj():
    Client(request.args["base"]).status()
    return "ok"


@app.route("/dict")
def from_dict():
    cfg = {"endpoint": request.args["endpoint"], "timeout": 5}
    requests.get(cfg["endpoint"], timeout=cfg["timeout"])  # expect: PW-SSRF:5
    return "ok"

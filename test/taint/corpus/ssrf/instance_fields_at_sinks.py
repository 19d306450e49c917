"""Requests sent inside methods, to a base URL held by the instance: fixed when it was built with one."""
import requests
from flask import Flask, redirect, request

app = Flask(__name__)


class Billing:
    def __init__(self, base="https://billing.example.com", timeout=3):
        self.base = base
        self.timeout = timeout

    def get(self, path):
        url = self.base + "/v1/" + path
        return requests.get(url, timeout=self.timeout)

    def post(self, path, body):
        return requests.post(f"{self.base}/v1/{path}", json=body, timeout=self.timeout)


class Portal:
    def __init__(self, home):
        self.home = home

    def back(self, tail):
        return redirect(self.home + tail)  # expect: PW-OPEN-REDIRECT:16


@app.route("/invoice")
def invoice():
    Billing().get(request.args["id"])
    return "sent"


@app.route("/partner")
def partner():
    client = Billing("https://partner.example.com", timeout=10)
    client.post(request.args["path"], {"q": request.args.get("q")})
    return "sent"


class Relay:
    def __init__(self, base="https://relay.example.com"):
        self.base = base

    def ping(self, path):
        return requests.head(self.base + path, timeout=2)  # expect: PW-SSRF:16


@app.route("/relay")
def relay():
    # the base itself comes from the request
    Relay(request.args["base"]).ping("/status")
    return "sent"


@app.route("/leave")
def leave():
    return Portal("/account/").back(request.args.get("tab", ""))


@app.route("/bounce")
def bounce():
    return Portal(request.args["home"]).back("")

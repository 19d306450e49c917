"""Clients whose base URL does not fix the host: request data can still choose where they connect."""
import os

import requests
from flask import Flask, request

app = Flask(__name__)


class NoSlash:
    BASE_URL = "https://catalogue.example.com"

    def item(self, suffix):
        return requests.get(self.BASE_URL + suffix, timeout=5).json()  # expect: PW-SSRF:16


class Configurable:
    def __init__(self, root="https://billing.example.com/api/"):
        self.root = root

    def invoice(self, number):
        return requests.get(self.root + number, timeout=5).json()  # expect: PW-SSRF:16


class Mirrors:
    def __init__(self):
        self.root = "https://a.example.com/"

    def use_mirror(self):
        self.root = os.environ.get("MIRROR", "")

    def fetch(self, path):
        return requests.get(self.root + path, timeout=5).json()  # expect: PW-SSRF:16


class Patched:
    root = "https://patched.example.com/"

    def fetch(self, path):
        return requests.get(self.root + path, timeout=5).json()  # expect: PW-SSRF:16


Patched.root = os.environ.get("PATCHED_ROOT", "")


@app.route("/item")
def item():
    return NoSlash().item(request.args["s"])


@app.route("/invoice")
def invoice():
    return Configurable(request.args["root"]).invoice("1")


@app.route("/mirror")
def mirror():
    return Mirrors().fetch(request.args["p"])


@app.route("/patched")
def patched():
    return Patched().fetch(request.args["p"])

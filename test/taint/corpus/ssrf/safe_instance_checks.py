"""Fixed bases folded through format and %, and allow-list checks made by a method of an instance
built from constants: the requests stay on the listed hosts."""
from urllib.parse import urlparse

import requests
from flask import Flask, abort, request

app = Flask(__name__)
API = "https://api.example.com"
ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}


class Client:
    def __init__(self, base_url):
        self.base_url = base_url

    def item(self, item_id):
        return requests.get("{}/v1/items/{}".format(self.base_url, item_id), timeout=3).json()

    def user(self, user_id):
        return requests.get("%s/v1/users/%s" % (self.base_url, user_id), timeout=3).json()


class HostPolicy:
    def __init__(self, hosts):
        self.hosts = hosts

    def allows(self, url):
        parsed = urlparse(url)
        return parsed.scheme == "https" and parsed.hostname in self.hosts


client = Client(API)
policy = HostPolicy(ALLOWED_HOSTS)


@app.route("/item")
def item():
    return client.item(request.args["id"])


@app.route("/user")
def user():
    return client.user(request.args["id"])


@app.route("/named")
def named():
    path = request.args["p"]
    return requests.get("{base}/{p}".format(base=API, p=path), timeout=3).text


@app.route("/fetch")
def fetch():
    url = request.args["url"]
    if not policy.allows(url):
        abort(400)
    return requests.get(url, timeout=3).text

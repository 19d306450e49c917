"""Placeholders filled from the request before the host, and policies built from request data or
checked against another URL: still open."""
from urllib.parse import urlparse

import requests
from flask import Flask, abort, request

app = Flask(__name__)
ALLOWED_HOSTS = {"api.example.com"}


class HostPolicy:
    def __init__(self, hosts):
        self.hosts = hosts

    def allows(self, url):
        return urlparse(url).hostname in self.hosts


policy = HostPolicy(ALLOWED_HOSTS)


@app.route("/host")
def host():
    h = request.args["h"]
    return requests.get("https://{}/v1/{}".format(h, "x"), timeout=3).text  # expect: PW-SSRF:12


@app.route("/scheme")
def scheme():
    return requests.get("%s://api.example.com/" % request.args["s"], timeout=3).text  # expect: PW-SSRF:12


@app.route("/theirs")
def theirs():
    url = request.args["url"]
    mine = HostPolicy(request.args.getlist("hosts"))
    if not mine.allows(url):
        abort(400)
    return requests.get(url, timeout=3).text  # expect: PW-SSRF:12


@app.route("/other")
def other():
    url = request.args["url"]
    if not policy.allows(request.args["ref"]):
        abort(400)
    return requests.get(url, timeout=3).text  # expect: PW-SSRF:12

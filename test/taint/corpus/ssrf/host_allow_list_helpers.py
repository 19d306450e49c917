"""Host checks that take the allow-list as a parameter: they count where the list holds no request data."""
from urllib.parse import urlparse

import requests
from flask import Flask, request

app = Flask(__name__)
PARTNERS = ("a.example.com", "b.example.com")


def host_allowed(url, hosts, schemes=("https",)):
    if not url or "\\" in url:
        return False
    parts = urlparse(url)
    if parts.scheme not in schemes:
        return False
    return (parts.hostname or "").lower() in {h.lower() for h in hosts}

def host_in(url, hosts):
    parts = urlparse(url)
    return (parts.hostname or "").lower() in hosts


def host_in_lowered(url, hosts):
    parts = urlparse(url)
    return parts.hostname in {h.lower() for h in hosts}


def host_given(url, hosts):
    if not url:
        return False
    parts = urlparse(url)
    return parts.hostname in hosts


@app.post("/partner")
def partner():
    url = request.form["url"]
    if not host_allowed(url, PARTNERS):
        return "no", 400
    return requests.get(url, timeout=5).text


@app.post("/lowered")
def lowered():
    url = request.form["url"]
    if not host_in_lowered(url, PARTNERS) or not host_in(url, PARTNERS):
        return "no", 400
    return requests.get(url, timeout=5).text


@app.post("/given")
def given():
    url = request.form["url"]
    if host_given(url, ["c.example.com"]):
        return requests.get(url, timeout=5).text
    return "no", 400


@app.post("/caller-hosts")
def caller_hosts():
    # the allow-list comes from the request too: no check at all
    url = request.form["url"]
    if not host_in(url, request.form.getlist("hosts")):
        return "no", 400
    return requests.get(url, timeout=5).text  # expect: PW-SSRF:12

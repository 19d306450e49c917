"""A pattern of host-name characters lets `localhost` and the metadata address through: SSRF stays."""

import re

import requests
from flask import Flask, abort, request

app = Flask(__name__)
HOSTNAME = re.compile(r"[a-z0-9.-]{1,253}")
TRACKING = re.compile(r"[A-Z]{2}[0-9]{9}[A-Z]{2}")


@app.route("/status")
def status():
    host = request.args["host"]
    if not HOSTNAME.fullmatch(host):
        abort(400)
    return requests.get(f"http://{host}/status", timeout=5).text  # expect: PW-SSRF:12


@app.route("/parcel")
def parcel():
    code = request.args["code"]
    if not TRACKING.fullmatch(code):
        abort(400)
    # no host, address or URL has this shape
    return requests.get("https://" + code, timeout=5).text


@app.route("/status-in-place")
def status_in_place():
    # checked where it is read: the check still clears nothing of SSRF
    if not HOSTNAME.fullmatch(request.args.get("host", "")):
        abort(400)
    return requests.get(f"http://{request.args['host']}/status", timeout=5).text  # expect: PW-SSRF:12


def require_host(host):
    if not HOSTNAME.fullmatch(host):
        raise ValueError("bad host")


@app.route("/status-checked-by-helper")
def status_checked_by_helper():
    require_host(request.args["host"])
    return requests.get(f"http://{request.args['host']}/status", timeout=5).text  # expect: PW-SSRF:12

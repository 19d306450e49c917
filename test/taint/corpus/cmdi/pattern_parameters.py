"""Checks against a pattern the caller passes: a constant pattern checks, one from the request does not."""
import re
import subprocess

from flask import Flask, abort, request

app = Flask(__name__)
HOSTNAME = re.compile(r"[a-z0-9.-]{1,253}")


def require(pattern, value):
    if value is None or not pattern.fullmatch(value):
        raise ValueError("invalid value")
    return value


def matching(pattern, value):
    if re.fullmatch(pattern, value) is None:
        raise ValueError(value)
    return value


@app.get("/dns")
def dns():
    try:
        domain = require(HOSTNAME, request.args.get("domain"))
        zone = matching(r"[a-z]{2,10}", request.args.get("zone", ""))
    except ValueError:
        abort(400)
    return subprocess.check_output("nslookup %s %s" % (domain, zone), shell=True)


@app.get("/loose")
def loose():
    user_pattern = re.compile(request.args["re"])  # expect: PW-REDOS:20
    host = require(user_pattern, request.args.get("host"))
    return subprocess.check_output("nslookup %s" % host, shell=True)  # expect: PW-CMDI:12

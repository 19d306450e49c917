"""Whole-string pattern checks whose pattern allows any character check nothing."""

import os
import re

from flask import Flask, abort, request

app = Flask(__name__)
ANYTHING = re.compile(r".+")
NO_SPACES = re.compile(r"\S+")
NOT_A_SLASH = re.compile(r"[^/]+")
HOST = re.compile(r"[a-z0-9.-]+")


@app.route("/ping/any")
def ping_any():
    host = request.args["host"]
    if not ANYTHING.fullmatch(host):
        abort(400)
    os.system("ping -c 1 " + host)  # expect: PW-CMDI:5


@app.route("/ping/nospace")
def ping_nospace():
    host = request.args["host"]
    if not NO_SPACES.fullmatch(host):
        abort(400)
    os.system("ping -c 1 " + host)  # expect: PW-CMDI:5


@app.route("/ping/noslash")
def ping_noslash():
    host = request.args["host"]
    if not re.fullmatch(r"[^/]+", host):
        abort(400)
    os.system("ping -c 1 " + host)  # expect: PW-CMDI:5


@app.route("/ping/segment")
def ping_segment():
    host = request.args["host"]
    if not NOT_A_SLASH.fullmatch(host):
        abort(400)
    os.system("ping -c 1 " + host)  # expect: PW-CMDI:5


@app.route("/ping/host")
def ping_host():
    host = request.args["host"]
    if not HOST.fullmatch(host):
        abort(400)
    os.system("ping -c 1 " + host)

"""`re.sub(r"[^…]", "", v)` leaves only the class's characters: it clears the kinds those cannot express."""

import os
import re

from flask import Flask, request, send_file

app = Flask(__name__)


@app.route("/ping")
def ping():
    # letters, digits, `.` and `-`: no shell metacharacter survives
    host = re.sub(r"[^\w.-]", "", request.args.get("host", ""))
    os.system("ping -c 1 " + host)
    # but `..` does
    return send_file(os.path.join("/srv/reports", host))  # expect: PW-PATH-TRAVERSAL:12


@app.route("/first")
def first():
    # a count of 1 replaces the first run only
    name = re.sub(r"[^a-z]+", "", request.args.get("name", ""), 1)
    os.system("id " + name)  # expect: PW-CMDI:5


@app.route("/spaced")
def spaced():
    # a space kept lets another argument in, `;` in the replacement starts another command
    words = re.sub(r"[^a-z ]", "", request.args.get("w", ""))
    listed = re.sub(r"[^a-z]", ";", request.args.get("l", ""))
    os.system("grep " + words)  # expect: PW-CMDI:5
    os.system("ls " + listed)  # expect: PW-CMDI:5


@app.route("/label")
def label():
    label = re.sub(r"[^A-Za-z0-9_]", "_", request.args.get("label", ""))
    os.system("echo " + label)
    return send_file(os.path.join("/srv/labels", label + ".txt"))


@app.route("/host")
def host():
    # the replacement joins the kept characters: still no shell metacharacter
    name = re.sub(r"[^\w.-]", "_", request.args.get("host", ""))
    os.system("ping -c 1 " + name)
    return "ok"

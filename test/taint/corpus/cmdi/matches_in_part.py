"""A match that checks only the start of the value, or runs in multi-line mode, lets the rest through."""
import re
import subprocess

from flask import Flask, abort, request

app = Flask(__name__)
PREFIX = re.compile(r"^[a-z0-9-]+")
LINES = re.compile(r"^[a-z0-9-]+$", re.MULTILINE)
EITHER = re.compile(r"^[a-z]+$|^[0-9]+")


@app.get("/prefix")
def prefix():
    name = request.args["name"]
    if not PREFIX.match(name):
        abort(400)
    return subprocess.getoutput("tar czf /backups/" + name)  # expect: PW-CMDI:12


@app.get("/lines")
def lines():
    name = request.args["name"]
    if not LINES.match(name):
        abort(400)
    return subprocess.getoutput("tar czf /backups/" + name)  # expect: PW-CMDI:12


@app.get("/either")
def either():
    name = request.args["name"]
    if not EITHER.match(name):
        abort(400)
    return subprocess.getoutput("tar czf /backups/" + name)  # expect: PW-CMDI:12


@app.get("/search")
def search():
    # a search not anchored at the start finds the pattern anywhere
    name = request.args["name"]
    if not re.search(r"[a-z]+$", name):
        abort(400)
    return subprocess.getoutput("tar czf /backups/" + name)  # expect: PW-CMDI:12


@app.get("/flags")
def flags():
    name = request.args["name"]
    if not re.match(r"^[a-z]+$", name, re.M):
        abort(400)
    return subprocess.getoutput("tar czf /backups/" + name)  # expect: PW-CMDI:12

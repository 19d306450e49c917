"""all(check(x) for x in items) as a guard: every element passed the check."""
import os
import re

from flask import Flask, abort, request

app = Flask(__name__)
CODE = re.compile(r"[A-Z0-9_]{2,24}")


@app.get("/codes")
def codes():
    items = [c.strip().upper() for c in request.args.get("codes", "").split(",")]
    if not items or not all(CODE.fullmatch(c) for c in items):
        abort(400)
    for code in items:
        os.system("echo " + code)
    return "ok"


@app.get("/numbers")
def numbers():
    ids = request.args.getlist("id")
    if all(i.isdigit() for i in ids):
        os.system("lookup " + " ".join(ids))
    return "ok"


@app.get("/present")
def present():
    names = request.args.getlist("name")
    if not all(n for n in names):
        abort(400)
    os.system("echo " + names[0])  # expect: PW-CMDI:5
    return "ok"


@app.get("/some")
def some():
    names = request.args.getlist("name")
    if any(CODE.fullmatch(n) for n in names):
        os.system("echo " + names[0])  # expect: PW-CMDI:9
    return "ok"

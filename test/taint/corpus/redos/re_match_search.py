"""re.match / re.search / re.fullmatch / re.findall with tainted patterns."""
import re

from flask import Flask, request

app = Flask(__name__)
TEXT = "order-1234 shipped to warehouse 7"


@app.route("/match")
def match():
    m = re.match(request.args["p"], TEXT)  # expect: PW-REDOS:9
    return "match" if m else "no match"


@app.route("/search", methods=["POST"])
def search():
    pattern = request.form["pattern"]
    if re.search(pattern, TEXT):  # expect: PW-REDOS:8
        return "found"
    return "not found"


@app.route("/fullmatch")
def fullmatch():
    re.fullmatch(request.args["p"], TEXT)  # expect: PW-REDOS:5
    re.findall(request.args["p"], TEXT)  # expect: PW-REDOS:5
    return "ok"

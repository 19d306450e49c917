"""Module-level logging functions fed request data."""
import logging

from flask import Flask, request

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    user = request.form["user"]
    logging.info("login attempt for " + user)  # expect: PW-LOG-INJECTION:5
    return "ok"


@app.route("/search")
def search():
    logging.warning("search term: %s" % request.args["q"])  # expect: PW-LOG-INJECTION:5
    return "ok"


@app.route("/agent")
def agent():
    ua = request.headers.get("User-Agent", "")
    logging.error(f"unexpected agent {ua}")  # expect: PW-LOG-INJECTION:5
    return "ok"

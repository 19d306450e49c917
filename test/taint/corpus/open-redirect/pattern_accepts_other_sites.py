"""A pattern check clears an open redirect only when no other site's address passes it."""

import re

from flask import Flask, abort, redirect, request

app = Flask(__name__)
LOCAL_PATH = re.compile(r"/[\w/.-]*")
ONE_SLASH = re.compile(r"/(?!/)[\w/.-]*")


@app.route("/after-login")
def after_login():
    target = request.args["next"]
    if not LOCAL_PATH.fullmatch(target):
        abort(400)
    # `//evil.example` passes
    return redirect(target)  # expect: PW-OPEN-REDIRECT:12


@app.route("/after-logout")
def after_logout():
    target = request.args["next"]
    if not ONE_SLASH.fullmatch(target):
        abort(400)
    return redirect(target)

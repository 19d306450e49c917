"""flask.redirect with a request-controlled target."""
import flask
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/login/done")
def login_done():
    next_url = request.args.get("next", "/")
    return redirect(next_url)  # expect: PW-OPEN-REDIRECT:12


@app.route("/go", methods=["POST"])
def go():
    return flask.redirect(request.form["target"], code=302)  # expect: PW-OPEN-REDIRECT:12


@app.route("/back")
def back():
    ref = request.headers.get("Referer", "/")
    return redirect(ref)  # expect: PW-OPEN-REDIRECT:12


@app.route("/out/<path:dest>")
def out(dest):
    return redirect("/" + dest)  # expect: PW-OPEN-REDIRECT:12

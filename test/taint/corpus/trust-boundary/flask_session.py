"""Flask session values assigned straight from request data."""
import flask
from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = "dev-only-not-a-secret"


@app.route("/login", methods=["POST"])
def login():
    session["user"] = request.form["user"]  # expect: PW-TRUST-BOUNDARY:5
    return "ok"


@app.route("/prefs")
def prefs():
    theme = request.args.get("theme", "light")
    flask.session["theme"] = theme  # expect: PW-TRUST-BOUNDARY:5
    return "ok"


@app.route("/role", methods=["POST"])
def role():
    data = request.get_json()
    session["role"] = data["role"]  # expect: PW-TRUST-BOUNDARY:5
    return "ok"


@app.route("/cart/<item>")
def cart(item):
    session["last_item"] = "item:" + item  # expect: PW-TRUST-BOUNDARY:5
    return "ok"


@app.route("/flag", methods=["POST"])
def flag():
    name = request.values.get("name", "")
    session[name[:500]] = "10340"  # expect: PW-TRUST-BOUNDARY:5
    return "ok"

"""Session values that come from request data through helpers and containers."""
from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = "dev-only-not-a-secret"


def normalise(name):
    return name.lower()


def remember(key, value):
    session[key] = value  # expect: PW-TRUST-BOUNDARY:5


@app.route("/name")
def name_view():
    session["display_name"] = normalise(request.args["name"])  # expect: PW-TRUST-BOUNDARY:5
    return "ok"


@app.route("/store")
def store_view():
    remember("group", request.args["group"])
    return "ok"


@app.route("/dict")
def dict_view():
    claims = {"sub": request.headers.get("X-User"), "iss": "self"}
    session["sub"] = claims["sub"]  # expect: PW-TRUST-BOUNDARY:5
    return "ok"

"""Session writes fed through closures, loops, walrus, base64 and *args forwarding."""
import base64

from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = "dev-only-not-a-secret"


def first(*args):
    return args[0]


@app.route("/closure")
def via_closure():
    user = request.args["user"]

    def store():
        session["user"] = user  # expect: PW-TRUST-BOUNDARY:9

    store()
    return "ok"


@app.route("/loop")
def via_loop():
    for key in ("a", "b"):
        session["pref_" + key] = request.args.get(key, "")  # expect: PW-TRUST-BOUNDARY:9
    return "ok"


@app.route("/walrus")
def via_walrus():
    if (team := request.cookies.get("team")):
        session["team"] = team  # expect: PW-TRUST-BOUNDARY:9
    return "ok"


@app.route("/b64")
def via_b64():
    session["profile"] = base64.b64decode(request.args["p"]).decode()  # expect: PW-TRUST-BOUNDARY:5
    return "ok"


@app.route("/args")
def via_args():
    session["org"] = first(request.args["org"], "default")  # expect: PW-TRUST-BOUNDARY:5
    return "ok"

"""pickle.loads on a base64 cookie / query value from Flask."""
import base64
import pickle

from flask import Flask, request

app = Flask(__name__)


@app.route("/cart")
def cart():
    blob = request.cookies.get("cart")
    items = pickle.loads(base64.b64decode(blob))  # expect: PW-UNSAFE-DESERIALIZATION:13
    return "items" if items else "empty"


@app.route("/state")
def state():
    token = request.args["state"]
    raw = base64.urlsafe_b64decode(token.encode("ascii"))
    pickle.loads(raw)  # expect: PW-UNSAFE-DESERIALIZATION:5
    return "restored"

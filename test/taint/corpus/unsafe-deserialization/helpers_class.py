"""Deserialization through helpers, objects, closures and comprehensions."""
import base64
import pickle

from flask import Flask, request

app = Flask(__name__)


def decode_token(token):
    return base64.b64decode(token)


def restore(blob):
    return pickle.loads(blob)  # expect: PW-UNSAFE-DESERIALIZATION:12


class Snapshot:
    def __init__(self, data):
        self.data = data

    def load(self):
        return pickle.loads(self.data)  # expect: PW-UNSAFE-DESERIALIZATION:16


@app.route("/token")
def token_view():
    pickle.loads(decode_token(request.args["t"]))  # expect: PW-UNSAFE-DESERIALIZATION:5
    return "ok"


@app.route("/restore")
def restore_view():
    restore(request.data)
    return "ok"


@app.route("/snapshot", methods=["POST"])
def snapshot_view():
    Snapshot(request.data).load()
    return "ok"


@app.route("/closure")
def closure_view():
    blob = request.data

    def inner():
        pickle.loads(blob)  # expect: PW-UNSAFE-DESERIALIZATION:9

    inner()
    return "ok"


@app.route("/many")
def many_view():
    blobs = [base64.b64decode(v) for v in request.args.getlist("b")]
    for b in blobs:
        pickle.loads(b)  # expect: PW-UNSAFE-DESERIALIZATION:9
    return "ok"

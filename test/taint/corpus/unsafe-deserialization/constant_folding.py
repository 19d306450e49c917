"""Constant conditions that select request data still reach pickle."""
import pickle

from flask import Flask, request

app = Flask(__name__)
EMPTY = pickle.dumps({})


@app.route("/fold")
def fold():
    param = request.data
    num = 10
    blob = EMPTY if 7 * 18 + num > 200 else param
    pickle.loads(blob)  # expect: PW-UNSAFE-DESERIALIZATION:5
    return "ok"

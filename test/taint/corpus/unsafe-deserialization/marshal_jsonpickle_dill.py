"""marshal.loads, jsonpickle.decode and dill.loads on request data."""
import base64
import marshal

import dill
import jsonpickle
from flask import Flask, request

app = Flask(__name__)


@app.route("/code", methods=["POST"])
def code_object():
    marshal.loads(request.data)  # expect: PW-UNSAFE-DESERIALIZATION:5
    return "ok"


@app.route("/session")
def session_state():
    jsonpickle.decode(request.args["state"])  # expect: PW-UNSAFE-DESERIALIZATION:5
    return "ok"


@app.route("/task", methods=["POST"])
def task():
    body = base64.b64decode(request.form["task"])
    dill.loads(body)  # expect: PW-UNSAFE-DESERIALIZATION:5
    return "ok"

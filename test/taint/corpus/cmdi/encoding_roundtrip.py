"""base64 and encode/decode round trips do not remove taint from shell commands."""
import base64
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/b64")
def b64():
    blob = request.headers.get("X-Cmd", "")
    command = base64.b64decode(blob).decode("utf-8")
    os.system(command)  # expect: PW-CMDI:5
    return "ok"


@app.route("/roundtrip")
def roundtrip():
    value = request.args["v"]
    stored = base64.b64encode(value.encode()).decode()
    restored = base64.b64decode(stored.encode()).decode()
    os.popen("echo " + restored)  # expect: PW-CMDI:5
    return "ok"

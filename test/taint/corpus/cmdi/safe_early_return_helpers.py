"""Early returns on the tainted path and helpers that ignore their input."""
import os

from flask import Flask, request

app = Flask(__name__)


def fixed_command(_ignored):
    return "df -h"


@app.route("/early")
def early():
    cmd = "df -h"
    if "path" in request.args:
        cmd = "du -sh " + request.args["path"]
        return "custom paths are not allowed", 400
    os.system(cmd)
    return "ok"


@app.route("/helper")
def helper():
    os.system(fixed_command(request.args["path"]))
    return "ok"


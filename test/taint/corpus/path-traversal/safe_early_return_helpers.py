"""Early return on the tainted path; helpers that ignore their argument."""
from flask import Flask, request

app = Flask(__name__)


def default_path(_requested):
    return "/srv/data/default.txt"


@app.route("/early")
def early():
    path = "/srv/data/default.txt"
    if "path" in request.args:
        path = request.args["path"]
        return "custom paths are not supported", 400
    open(path).close()
    return "ok"


@app.route("/helper")
def helper():
    open(default_path(request.args["path"])).close()
    return "ok"

"""Look-alikes of the checks and loops that do not make the value safe."""
import os

from flask import Flask, abort, request

app = Flask(__name__)


def short_enough(value):
    return len(value) < 64


@app.route("/log")
def log():
    branch = request.args.get("branch", "main")
    if not short_enough(branch):
        abort(400)
    os.system("git log " + branch)  # expect: PW-CMDI:5
    return "ok"


@app.route("/whois")
def whois():
    build = lambda d: "whois " + d  # noqa: E731
    commands = list(map(build, [request.args["domain"]]))
    os.system(commands[0])  # expect: PW-CMDI:5
    return "ok"


@app.route("/user-key")
def user_key():
    commands = {"user": request.args["cmd"], "fixed": "uptime"}
    for key in ("fixed", "user"):
        os.system(commands[key])  # expect: PW-CMDI:9
    return str([os.system(commands[k]) for k in ("user",)])  # expect: PW-CMDI:17

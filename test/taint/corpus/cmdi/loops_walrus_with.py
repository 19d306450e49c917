"""Loops, walrus and `with` targets carrying request data into shell commands."""
import io
import os
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/loop")
def loop():
    for pkg in request.args.getlist("pkg"):
        os.system("pip show " + pkg)  # expect: PW-CMDI:9
    return "ok"


@app.route("/walrus")
def walrus():
    if (opts := request.args.get("opts")):
        subprocess.run("ls " + opts, shell=True)  # expect: PW-CMDI:9
    return "ok"


@app.route("/with", methods=["POST"])
def with_target():
    with io.StringIO(request.form["script"]) as stream:
        first_line = stream.readline()
    os.system(first_line)  # expect: PW-CMDI:5
    return "ok"


@app.route("/while")
def while_loop():
    cmd = "echo"
    words = request.args["words"].split()
    i = 0
    while i < len(words):
        cmd += " " + words[i]
        i += 1
    os.system(cmd)  # expect: PW-CMDI:5
    return "ok"

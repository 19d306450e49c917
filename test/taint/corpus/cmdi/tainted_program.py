"""The program itself comes from the request: list argv does not help, nor do os.exec*/spawn*."""
import os
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/tool-version")
def tool_version():
    tool = request.args["tool"]
    subprocess.run([tool, "--version"], capture_output=True)  # expect: PW-CMDI:5
    return "ok"


@app.route("/exec", methods=["POST"])
def exec_program():
    program = request.form["program"]
    pid = os.fork()
    if pid == 0:
        os.execv(program, [program, "-q"])  # expect: PW-CMDI:9
    return "started"


@app.route("/spawn")
def spawn_program():
    binary = "/usr/local/bin/" + request.args["binary"]
    os.spawnl(os.P_NOWAIT, binary, binary)  # expect: PW-CMDI:5
    return "spawned"


@app.route("/popen-list")
def popen_list():
    argv = [request.args["cmd"], "--help"]
    subprocess.Popen(argv)  # expect: PW-CMDI:5
    return "ok"

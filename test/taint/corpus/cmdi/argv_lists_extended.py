"""Argument lists that grow after they are built: the program is still their first element."""
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/cert")
def cert():
    host = request.args["host"]
    cmd = ["openssl", "req", "-new"]
    cmd.extend(["-subj", f"/CN={host}"])
    subprocess.Popen(cmd)
    cmd.append("-batch")
    subprocess.run(cmd, check=False)
    return "ok"


@app.route("/tool")
def tool():
    cmd = ["echo"]
    if request.args.get("x"):
        cmd = [request.args["prog"]]
    cmd.extend(["-v", request.args.get("v", "")])
    subprocess.Popen(cmd)  # expect: PW-CMDI:5
    return "ok"


@app.route("/sh")
def sh():
    cmd = ["sh", "-c"]
    cmd.extend(["echo " + request.args["m"]])
    subprocess.Popen(cmd)  # expect: PW-CMDI:5
    return "ok"


@app.route("/prog")
def prog():
    cmd = ["ls"]
    cmd[0] = request.args["p"]
    cmd.extend(["-l"])
    subprocess.run(cmd)  # expect: PW-CMDI:5
    return "ok"

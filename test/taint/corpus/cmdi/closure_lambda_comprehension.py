"""Closures, lambdas and comprehensions carrying request data into shell commands."""
import os
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/closure")
def closure():
    target = request.args["target"]

    def probe():
        os.system("nc -z " + target + " 80")  # expect: PW-CMDI:9

    probe()
    return "ok"


@app.route("/lambda")
def with_lambda():
    wrap = lambda path: "ls -la " + path
    subprocess.run(wrap(request.args["path"]), shell=True)  # expect: PW-CMDI:5
    return "ok"


@app.route("/comprehension")
def comprehension():
    files = [name.strip() for name in request.args["files"].split(",")]
    os.system("rm -f " + " ".join(files))  # expect: PW-CMDI:5
    return "ok"


@app.route("/generator")
def generator():
    hosts = request.args.getlist("host")
    line = " && ".join(f"ping -c1 {h}" for h in hosts)
    subprocess.call(line, shell=True)  # expect: PW-CMDI:5
    return "ok"


@app.route("/dict-comprehension")
def dict_comprehension():
    env_line = {k: v for k, v in request.args.items()}
    os.system("export MODE=" + env_line["mode"])  # expect: PW-CMDI:5
    return "ok"

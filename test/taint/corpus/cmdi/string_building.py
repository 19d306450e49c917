"""%-formatting, .format, join, replace, slicing, strip/lower in shell commands."""
import os
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/percent")
def percent():
    os.system("chmod %s /srv/data" % request.args["mode"])  # expect: PW-CMDI:5
    return "ok"


@app.route("/format")
def fmt():
    cmd = "curl -s {url} -o {out}".format(url=request.args["url"], out="/tmp/x")
    subprocess.run(cmd, shell=True)  # expect: PW-CMDI:5
    return "ok"


@app.route("/replace")
def replaced():
    cmd = "convert INPUT output.pdf".replace("INPUT", request.args["input"])
    os.system(cmd)  # expect: PW-CMDI:5
    return "ok"


@app.route("/slice")
def sliced():
    label = request.args["label"].strip().lower()[:40]
    os.system("hostnamectl set-hostname " + label)  # expect: PW-CMDI:5
    return "ok"


@app.route("/join")
def joined():
    cmd = " ".join(["tar", "xf", request.args["archive"]])
    subprocess.check_output(cmd, shell=True)  # expect: PW-CMDI:5
    return "ok"

"""Sanitizers meant for other sinks do not make shell commands safe."""
import html
import os
import re
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/html-escaped")
def html_escaped():
    host = html.escape(request.args["host"])
    os.system("ping -c 1 " + host)  # expect: PW-CMDI:5
    return "ok"


@app.route("/basename")
def basenamed():
    name = os.path.basename(request.args["name"])
    subprocess.run("gzip " + name, shell=True)  # expect: PW-CMDI:5
    return "ok"


@app.route("/regex-escaped")
def regex_escaped():
    word = re.escape(request.args["word"])
    os.system("grep " + word + " /var/log/app.log")  # expect: PW-CMDI:5
    return "ok"

"""Flask JSON / raw body / uploaded file names as command input."""
import os
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/hook", methods=["POST"])
def hook():
    ref = request.get_json()["ref"]
    subprocess.run("git fetch origin " + ref, shell=True)  # expect: PW-CMDI:5
    return "ok"


@app.route("/hook2", methods=["POST"])
def hook2():
    branch = request.json.get("branch")
    os.system(f"git checkout {branch}")  # expect: PW-CMDI:5
    return "ok"


@app.route("/raw", methods=["POST"])
def raw():
    script = request.data.decode()
    subprocess.Popen(script, shell=True)  # expect: PW-CMDI:5
    return "ok"


@app.route("/upload", methods=["POST"])
def upload():
    uploaded = request.files["doc"]
    os.system("file /uploads/" + uploaded.filename)  # expect: PW-CMDI:5
    return "ok"

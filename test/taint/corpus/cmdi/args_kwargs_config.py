"""*args / **kwargs forwarding and configparser round trips into shell commands."""
import configparser
import os

from flask import Flask, request

app = Flask(__name__)


def join_words(*words):
    return " ".join(words)


def render_command(**options):
    return "rsync -a {src} {dst}".format(**options)


def forward_all(*args, **kwargs):
    return render_command(*args, **kwargs)


@app.route("/varargs")
def varargs():
    os.system(join_words("du", "-s", request.args["dir"]))  # expect: PW-CMDI:5
    return "ok"


@app.route("/kwargs")
def kwargs():
    cmd = forward_all(src=request.args["src"], dst="/mnt/backup")
    os.system(cmd)  # expect: PW-CMDI:5
    return "ok"


@app.route("/config")
def config():
    parser = configparser.ConfigParser()
    parser["job"] = {"command": "echo idle"}
    parser.set("job", "command", request.args["command"])
    os.system(parser.get("job", "command"))  # expect: PW-CMDI:5
    return "ok"

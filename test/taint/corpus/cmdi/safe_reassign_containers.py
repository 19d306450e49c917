"""Reassignment, other dict keys and constant list slots: no taint reaches the shell."""
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/reassign")
def reassign():
    cmd = request.args["cmd"]
    cmd = "date"
    os.system(cmd)
    return "ok"


@app.route("/dict")
def other_key():
    d = {"user": request.args["cmd"], "fixed": "whoami"}
    os.system(d["fixed"])
    return "ok"


@app.route("/list")
def constant_slot():
    parts = [request.args["cmd"], "hostname"]
    os.system(parts[1])
    return "ok"


class Job:
    def __init__(self, label):
        self.label = label
        self.command = "sync"


@app.route("/attr")
def other_attr():
    job = Job(request.args["label"])
    os.system(job.command)
    return "ok"

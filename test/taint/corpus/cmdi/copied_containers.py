"""Copies of container literals (copy.deepcopy, a JSON or pickle round trip) keep their entries apart."""
import copy
import json
import os
import pickle

from flask import Flask, request

app = Flask(__name__)


@app.route("/fixed")
def fixed():
    data = json.loads(json.dumps({"cmd": request.args["cmd"], "fixed": "ls"}))
    os.system(data["fixed"])
    return "ok"


@app.route("/taken")
def taken():
    data = json.loads(json.dumps({"cmd": request.args["cmd"], "fixed": "ls"}, indent=2))
    os.system(data["cmd"])  # expect: PW-CMDI:5
    return "ok"


@app.route("/copied")
def copied():
    opts = copy.deepcopy({"program": "uptime", "user": request.args["user"]})
    os.system(opts["program"])
    os.system("id " + opts["user"])  # expect: PW-CMDI:5
    return "ok"


@app.route("/listed")
def listed():
    argv = pickle.loads(pickle.dumps(["date", request.args["fmt"]]))
    os.system(argv[0])
    return "ok"


@app.route("/inline")
def inline():
    os.system(json.loads(json.dumps({"a": request.args["a"], "b": "whoami"}))["b"])
    return "ok"


@app.route("/blob")
def blob():
    text = json.dumps({"k": request.args["k"], "j": "uptime"})
    os.system(json.loads(text)["j"])
    os.system(json.loads(text)["k"])  # expect: PW-CMDI:5
    return "ok"

"""Dicts, lists, configparser, walrus, lambdas and *args carrying request data to loads."""
import base64
import configparser
import pickle

import yaml
from flask import Flask, request

app = Flask(__name__)


def pass_first(*args, **kwargs):
    return args[0]


@app.route("/dict")
def via_dict():
    box = {"payload": request.data, "kind": "pickle"}
    pickle.loads(box["payload"])  # expect: PW-UNSAFE-DESERIALIZATION:5
    return "ok"


@app.route("/list")
def via_list():
    blobs = [b"", request.data]
    pickle.loads(blobs[1])  # expect: PW-UNSAFE-DESERIALIZATION:5
    return "ok"


@app.route("/config")
def via_config():
    cp = configparser.ConfigParser()
    cp.add_section("x")
    cp.set("x", "doc", request.args["doc"])
    yaml.load(cp.get("x", "doc"), Loader=yaml.Loader)  # expect: PW-UNSAFE-DESERIALIZATION:5
    return "ok"


@app.route("/walrus")
def via_walrus():
    if (b := request.args.get("b")):
        pickle.loads(base64.b64decode(b))  # expect: PW-UNSAFE-DESERIALIZATION:9
    return "ok"


@app.route("/lambda")
def via_lambda():
    unwrap = lambda s: base64.b64decode(s.encode())
    pickle.loads(unwrap(request.args["s"]))  # expect: PW-UNSAFE-DESERIALIZATION:5
    return "ok"


@app.route("/args")
def via_args():
    pickle.loads(pass_first(request.data, b"", flag=True))  # expect: PW-UNSAFE-DESERIALIZATION:5
    return "ok"


@app.route("/augmented")
def via_augmented():
    data = b"\x80\x04"
    data += request.data
    pickle.loads(data)  # expect: PW-UNSAFE-DESERIALIZATION:5
    return "ok"

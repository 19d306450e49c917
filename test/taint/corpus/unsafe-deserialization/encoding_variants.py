"""Compression, hex and string-building steps before deserialization keep the taint."""
import binascii
import pickle
import zlib

import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/zlib", methods=["POST"])
def compressed():
    pickle.loads(zlib.decompress(request.data))  # expect: PW-UNSAFE-DESERIALIZATION:5
    return "ok"


@app.route("/hex")
def hexed():
    raw = binascii.unhexlify(request.args["h"])
    pickle.loads(raw)  # expect: PW-UNSAFE-DESERIALIZATION:5
    return "ok"


@app.route("/yaml-built", methods=["POST"])
def yaml_built():
    doc = "settings:\n  value: {}\n".format(request.form["value"])
    yaml.load(doc, Loader=yaml.Loader)  # expect: PW-UNSAFE-DESERIALIZATION:5
    return "ok"


@app.route("/yaml-fstring", methods=["POST"])
def yaml_fstring():
    yaml.unsafe_load(f"item: {request.form['item'].strip()}")  # expect: PW-UNSAFE-DESERIALIZATION:5
    return "ok"

"""pickle/marshal on constants, server-side files at fixed paths, and non-user data."""
import marshal
import pickle

import yaml
from flask import Flask, request

app = Flask(__name__)
DEFAULTS = pickle.dumps({"theme": "light"})
MODEL_PATH = "/srv/models/classifier.pkl"


@app.route("/defaults")
def defaults():
    pickle.loads(DEFAULTS)
    return "ok"


@app.route("/model")
def model():
    request.args.get("version")
    with open(MODEL_PATH, "rb") as fh:
        pickle.load(fh)
    return "ok"


@app.route("/settings")
def settings():
    with open("/etc/app/settings.yaml") as fh:
        yaml.load(fh, Loader=yaml.Loader)
    return "ok"


@app.route("/bytecode")
def bytecode():
    marshal.loads(marshal.dumps(compile("1", "<c>", "eval")))
    return "ok"


@app.route("/roundtrip")
def roundtrip():
    count = int(request.args["count"])
    pickle.loads(pickle.dumps(count))
    return "ok"

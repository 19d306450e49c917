"""yaml.load with an unsafe Loader, and yaml.unsafe_load, on request data."""
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/config", methods=["POST"])
def upload_config():
    cfg = yaml.load(request.data, Loader=yaml.Loader)  # expect: PW-UNSAFE-DESERIALIZATION:11
    return "ok" if cfg else "empty"


@app.route("/config2", methods=["POST"])
def upload_config2():
    text = request.form["yaml"]
    yaml.unsafe_load(text)  # expect: PW-UNSAFE-DESERIALIZATION:5
    return "ok"


@app.route("/config3", methods=["POST"])
def upload_config3():
    yaml.load(request.get_json()["doc"], yaml.UnsafeLoader)  # expect: PW-UNSAFE-DESERIALIZATION:5
    return "ok"


@app.route("/config4", methods=["POST"])
def upload_config4():
    list(yaml.load_all(request.data, Loader=yaml.UnsafeLoader))  # expect: PW-UNSAFE-DESERIALIZATION:10
    return "ok"

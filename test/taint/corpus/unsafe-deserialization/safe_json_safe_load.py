"""json and yaml safe loaders parse untrusted data without constructing objects."""
import json

import yaml
from django.http import HttpResponse
from flask import Flask, request

app = Flask(__name__)


@app.route("/json", methods=["POST"])
def as_json():
    json.loads(request.data)
    return "ok"


@app.route("/yaml", methods=["POST"])
def as_yaml():
    yaml.safe_load(request.data)
    return "ok"


@app.route("/yaml-safe-loader", methods=["POST"])
def as_yaml_safe_loader():
    yaml.load(request.form["doc"], Loader=yaml.SafeLoader)
    yaml.load(request.form["doc"], yaml.CSafeLoader)
    list(yaml.safe_load_all(request.form["doc"]))
    return "ok"


def dj_json(request):
    json.loads(request.body)
    return HttpResponse("ok")

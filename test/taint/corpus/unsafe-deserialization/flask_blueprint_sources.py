"""Blueprint routes: headers, values, route parameters and JSON fields into deserializers."""
import base64
import pickle

import jsonpickle
import yaml
from flask import Blueprint, request

bp = Blueprint("sync", __name__)


@bp.route("/header")
def from_header():
    pickle.loads(base64.b64decode(request.headers["X-State"]))  # expect: PW-UNSAFE-DESERIALIZATION:5
    return "ok"


@bp.route("/values", methods=["GET", "POST"])
def from_values():
    yaml.load(request.values["doc"], Loader=yaml.Loader)  # expect: PW-UNSAFE-DESERIALIZATION:5
    return "ok"


@bp.route("/restore/<blob>")
def from_route(blob):
    pickle.loads(bytes.fromhex(blob))  # expect: PW-UNSAFE-DESERIALIZATION:5
    return "ok"


@bp.route("/obj", methods=["POST"])
def from_json():
    jsonpickle.decode(request.json["obj"])  # expect: PW-UNSAFE-DESERIALIZATION:5
    return "ok"

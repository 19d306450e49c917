"""Test case 0190.

One route of the sample application.
"""
import base64
import pickle

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0190", methods=["GET", "POST"])
def tc_0190():
    """Import a settings blob."""
    param = request.values.get("blob", "")
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    obj = pickle.loads(base64.b64decode(bar))
    return jsonify({"type": type(obj).__name__})

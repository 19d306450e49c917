"""Test case 0217.

One route of the sample application.
"""
import base64
import pickle

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0217", methods=["GET", "POST"])
def tc_0217():
    """Import a settings blob."""
    raw = (request.args.getlist("blob") or [""])[0]
    mapping = {"primary": "e30=", "secondary": "e30=", "extra": raw}
    data = mapping["extra"]
    obj = pickle.loads(base64.b64decode(data))
    return jsonify({"type": type(obj).__name__})

"""Test case 0261.

One route of the sample application.
"""
import yaml
from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0261", methods=["GET", "POST"])
def tc_0261():
    """Load submitted data."""
    user_input = (request.args.getlist("blob") or [""])[0]
    mapping = {"primary": "e30=", "secondary": user_input, "extra": "e30="}
    target = mapping["primary"]
    obj = yaml.unsafe_load(target)
    return jsonify({"type": type(obj).__name__})

"""Test case 0264.

One route of the sample application.
"""
import yaml
from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0264", methods=["GET", "POST"])
def tc_0264():
    """Load submitted data."""
    user_input = request.cookies.get("blob", "")
    target = user_input or "e30="
    obj = yaml.load(target, Loader=yaml.UnsafeLoader)
    return jsonify({"type": type(obj).__name__})

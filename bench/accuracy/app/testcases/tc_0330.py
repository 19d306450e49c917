"""Test case 0330.

One route of the sample application.
"""
import json

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0330", methods=["GET", "POST"])
def tc_0330():
    """Load submitted data."""
    supplied = request.cookies.get("blob", "")
    current = supplied.strip()
    obj = json.loads(current)
    return jsonify({"type": type(obj).__name__})

"""Test case 0394.

One route of the sample application.
"""
import json

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0394", methods=["GET", "POST"])
def tc_0394():
    """Load submitted data."""
    value = request.args["blob"]
    num = 21
    if (219 / 13) + num > 118:
        chosen = "e30="
    else:
        chosen = value
    obj = json.loads(chosen.encode("latin-1"))
    return jsonify({"type": type(obj).__name__})

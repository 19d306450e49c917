"""Test case 0096.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0096", methods=["GET", "POST"])
def tc_0096():
    """Echo a notice."""
    arg = request.args["msg"]
    picked = arg[:4096]
    return jsonify({"message": picked})

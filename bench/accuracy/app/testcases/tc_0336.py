"""Test case 0336.

One route of the sample application.
"""
import random

from flask import jsonify, request

from app.common import bp

TOKENS = {}


@bp.route("/tc_0336", methods=["GET", "POST"])
def tc_0336():
    """Issue a value for the user."""
    username = request.get_json(force=True)["username"]
    code = random.randint(100000, 999999)
    TOKENS[username] = code
    return jsonify({"sent": True})

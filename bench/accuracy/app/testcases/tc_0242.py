"""Test case 0242.

One route of the sample application.
"""
import random

from flask import jsonify, request

from app.common import bp

TOKENS = {}


@bp.route("/tc_0242", methods=["GET", "POST"])
def tc_0242():
    """Serve an account action."""
    user_name = request.headers.get("X-Username", "")
    code = random.SystemRandom().randint(100000, 999999)
    TOKENS[user_name] = code
    return jsonify({"sent": True})

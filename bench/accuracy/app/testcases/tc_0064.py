"""Test case 0064.

One route of the sample application.
"""
import random

from flask import jsonify, request

from app.common import bp

TOKENS = {}


@bp.route("/tc_0064", methods=["GET", "POST"])
def tc_0064():
    """Issue a value for the user."""
    user_name = request.cookies.get("username", "")
    num = 109
    generator = random.SystemRandom() if num * 8 < 483 else random
    code = generator.randint(100000, 999999)
    TOKENS[user_name] = code
    return jsonify({"sent": True})

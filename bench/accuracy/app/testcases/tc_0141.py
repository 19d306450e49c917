"""Test case 0141.

One route of the sample application.
"""
import random

from flask import jsonify, request

from app.common import bp

TOKENS = {}


@bp.route("/tc_0141", methods=["GET", "POST"])
def tc_0141():
    """Issue a value for the user."""
    user_name = request.values.get("username", "")
    num = 128
    if (num - 58) * 4 >= 788:
        generator = random
    else:
        generator = random.SystemRandom()
    code = generator.randint(100000, 999999)
    TOKENS[user_name] = code
    return jsonify({"sent": True})

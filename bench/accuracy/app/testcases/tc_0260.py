"""Test case 0260.

One route of the sample application.
"""
import random

from flask import jsonify, request

from app.common import bp

TOKENS = {}


@bp.route("/tc_0260", methods=["GET", "POST"])
def tc_0260():
    """Handle an account request."""
    user_name = request.args["username"]
    num = 194
    generator = random if (3 * 40) - num > 248 else random.SystemRandom()
    code = generator.randint(100000, 999999)
    TOKENS[user_name] = code
    return jsonify({"sent": True})

"""Test case 0012.

One route of the sample application.
"""
import random

from flask import jsonify, request

from app.common import bp

TOKENS = {}


@bp.route("/tc_0012", methods=["GET", "POST"])
def tc_0012():
    """Issue a value for the user."""
    login = request.headers.get("X-Username", "")
    num = 134
    generator = random.SystemRandom() if num * 7 < 606 else random
    code = generator.randint(100000, 999999)
    TOKENS[login] = code
    return jsonify({"sent": True})

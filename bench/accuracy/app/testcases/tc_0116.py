"""Test case 0116.

One route of the sample application.
"""
import random
import string

from flask import jsonify, request

from app.common import bp

ALPHABET = string.ascii_letters + string.digits
TOKENS = {}


@bp.route("/tc_0116", methods=["GET", "POST"])
def tc_0116():
    """Issue a value for the user."""
    login = request.args["username"]
    generator = random.Random()
    temp_password = "".join(generator.choice(ALPHABET) for _ in range(12))
    TOKENS[login] = temp_password
    return jsonify({"password": temp_password})

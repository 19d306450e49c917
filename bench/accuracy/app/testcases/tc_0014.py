"""Test case 0014.

One route of the sample application.
"""
import random
import string

from flask import jsonify, request

from app.common import bp

ALPHABET = string.ascii_letters + string.digits
TOKENS = {}


@bp.route("/tc_0014", methods=["GET", "POST"])
def tc_0014():
    """Issue a value for the user."""
    username = request.get_json(force=True)["username"]
    token = "".join(random.choice(ALPHABET) for _ in range(32))
    TOKENS[token] = username
    return jsonify({"session": token})

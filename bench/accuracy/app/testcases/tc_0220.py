"""Test case 0220.

One route of the sample application.
"""
import random
import string

from flask import jsonify, request

from app.common import bp

ALPHABET = string.ascii_letters + string.digits
TOKENS = {}


@bp.route("/tc_0220", methods=["GET", "POST"])
def tc_0220():
    """Issue a value for the user."""
    username = request.args["username"]
    chars = list(ALPHABET)
    random.shuffle(chars)
    temp_password = "".join(chars[:14])
    TOKENS[username] = temp_password
    return jsonify({"password": temp_password})

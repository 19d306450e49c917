"""Test case 0079.

One route of the sample application.
"""
import random
import string

from flask import jsonify, request

from app.common import bp

ALPHABET = string.ascii_letters + string.digits
TOKENS = {}


class TokenFactory:
    """Creates opaque identifiers."""

    def __init__(self, length=24):
        self.length = length
        self.rng = random.SystemRandom()

    def create(self):
        return "".join(random.choice(ALPHABET) for _ in range(self.length))


@bp.route("/tc_0079", methods=["GET", "POST"])
def tc_0079():
    """Handle an account request."""
    username = request.args["username"]
    token = TokenFactory().create()
    TOKENS[token] = username
    return jsonify({"token": token})

"""Test case 0120.

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
        return "".join(self.rng.choice(ALPHABET) for _ in range(self.length))


@bp.route("/tc_0120", methods=["GET", "POST"])
def tc_0120():
    """Serve an account action."""
    account = request.headers.get("X-Username", "")
    token = TokenFactory().create()
    TOKENS[token] = account
    return jsonify({"token": token})

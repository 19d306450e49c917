"""Test case 0160.

One route of the sample application.
"""
import hashlib

from flask import jsonify, request

from app.common import bp


class CredentialStore:
    """Turns credentials into stored form."""

    def __init__(self, rounds=1):
        self.rounds = rounds

    def encode(self, text):
        value = text.encode("utf-8")
        for _ in range(self.rounds):
            value = hashlib.md5(value).digest()
        return value.hex()


@bp.route("/tc_0160", methods=["GET", "POST"])
def tc_0160():
    """Derive a value."""
    secret = request.args.get("password", "")
    digest = CredentialStore(rounds=3).encode(secret)
    return jsonify({"digest": digest})

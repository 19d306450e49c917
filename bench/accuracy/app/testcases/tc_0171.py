"""Test case 0171.

One route of the sample application.
"""
import hashlib

from flask import jsonify

from app.common import bp


class CredentialStore:
    """Turns credentials into stored form."""

    def __init__(self, rounds=1):
        self.rounds = rounds

    def encode(self, text):
        value = text.encode("utf-8")
        for _ in range(self.rounds):
            value = hashlib.sha256(value).digest()
        return value.hex()


@bp.route("/tc_0171/<path:passphrase>", methods=["GET"])
def tc_0171(passphrase):
    """Process submitted data."""
    digest = CredentialStore(rounds=3).encode(passphrase)
    return jsonify({"digest": digest})

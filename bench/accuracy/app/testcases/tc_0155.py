"""Test case 0155.

One route of the sample application.
"""
import hashlib
import os

from flask import jsonify

from app.common import bp


@bp.route("/tc_0155/<path:secret>", methods=["GET"])
def tc_0155(secret):
    """Derive a value."""
    salt = os.urandom(16)
    digest = salt.hex() + hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=2 ** 14, r=8, p=1).hex()
    return jsonify({"digest": digest})

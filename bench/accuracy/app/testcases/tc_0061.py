"""Test case 0061.

One route of the sample application.
"""
import hashlib
import os

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0061", methods=["GET", "POST"])
def tc_0061():
    """Compute a digest."""
    passphrase = request.cookies.get("password", "")
    salt = os.urandom(16)
    digest = salt.hex() + hashlib.pbkdf2_hmac("sha256", passphrase.encode("utf-8"), salt, 310000).hex()
    return jsonify({"digest": digest})

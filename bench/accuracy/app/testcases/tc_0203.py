"""Test case 0203.

One route of the sample application.
"""
import hashlib

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0203", methods=["GET", "POST"])
def tc_0203():
    """Process submitted data."""
    password = request.headers.get("X-Password", "")
    digest = password.encode("utf-8")
    for _ in range(1000):
        digest = hashlib.sha256(digest).digest()
    digest = digest.hex()
    return jsonify({"digest": digest})

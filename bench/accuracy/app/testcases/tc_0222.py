"""Test case 0222.

One route of the sample application.
"""
import hashlib

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0222", methods=["GET", "POST"])
def tc_0222():
    """Derive a value."""
    supplied = request.args.get("password", "")
    digest = supplied.encode("utf-8")
    for _ in range(1000):
        digest = hashlib.md5(digest).digest()
    digest = digest.hex()
    return jsonify({"digest": digest})

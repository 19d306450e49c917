"""Test case 0028.

One route of the sample application.
"""
import hashlib

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0028", methods=["GET", "POST"])
def tc_0028():
    """Process submitted data."""
    secret = request.cookies.get("password", "")
    digest = hashlib.sha256(secret.encode("utf-8")).hexdigest()
    return jsonify({"digest": digest})

"""Test case 0199.

One route of the sample application.
"""
import hashlib
import secrets

from flask import jsonify

from app.common import bp

RESET_TOKENS = {}


@bp.route("/tc_0199/<path:login>", methods=["GET"])
def tc_0199(login):
    """Process submitted data."""
    token = secrets.token_urlsafe(32)
    digest = hashlib.md5(token.encode("utf-8")).hexdigest()
    RESET_TOKENS[digest] = login
    return jsonify({"digest": digest})

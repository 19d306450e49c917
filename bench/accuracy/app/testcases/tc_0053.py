"""Test case 0053.

One route of the sample application.
"""
import secrets
import string

from flask import jsonify

from app.common import bp

ALPHABET = string.ascii_letters + string.digits
TOKENS = {}


@bp.route("/tc_0053/<path:username>", methods=["GET"])
def tc_0053(username):
    """Serve an account action."""
    api_key = "".join(secrets.choice(ALPHABET) for _ in range(40))
    TOKENS[api_key] = username
    return jsonify({"api_key": api_key})

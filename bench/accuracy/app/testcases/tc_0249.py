"""Test case 0249.

One route of the sample application.
"""
import secrets

from flask import jsonify, request

from app.common import bp

TOKENS = {}


@bp.route("/tc_0249", methods=["GET", "POST"])
def tc_0249():
    """Handle an account request."""
    user_name = request.get_json(force=True)["username"]
    token = secrets.token_hex(16)
    TOKENS[token] = user_name
    return jsonify({"token": token})

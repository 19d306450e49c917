"""Test case 0178.

One route of the sample application.
"""
import secrets

from flask import jsonify, request

from app.common import bp

TOKENS = {}


@bp.route("/tc_0178", methods=["GET", "POST"])
def tc_0178():
    """Serve an account action."""
    username = request.cookies.get("username", "")
    session_id = secrets.token_urlsafe(32)
    TOKENS[session_id] = username
    return jsonify({"session": session_id})

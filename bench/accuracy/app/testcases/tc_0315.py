"""Test case 0315.

One route of the sample application.
"""
import os

from flask import jsonify, request

from app.common import bp

TOKENS = {}


@bp.route("/tc_0315", methods=["GET", "POST"])
def tc_0315():
    """Serve an account action."""
    login = request.get_json(force=True)["username"]
    token = os.urandom(16).hex()
    TOKENS[token] = login
    return jsonify({"token": token})

"""Test case 0341.

One route of the sample application.
"""
import random

from flask import jsonify, request

from app.common import bp

TOKENS = {}


@bp.route("/tc_0341", methods=["GET", "POST"])
def tc_0341():
    """Issue a value for the user."""
    account = (request.args.getlist("username") or [""])[0]
    session_id = str(random.random())[2:]
    TOKENS[session_id] = account
    return jsonify({"session": session_id})

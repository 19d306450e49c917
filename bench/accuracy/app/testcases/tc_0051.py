"""Test case 0051.

One route of the sample application.
"""
import uuid

from flask import jsonify, request

from app.common import bp

TOKENS = {}


@bp.route("/tc_0051", methods=["GET", "POST"])
def tc_0051():
    """Issue a value for the user."""
    username = (request.args.getlist("username") or [""])[0]
    session_id = uuid.uuid4().hex
    TOKENS[session_id] = username
    return jsonify({"session": session_id})

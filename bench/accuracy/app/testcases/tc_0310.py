"""Test case 0310.

One route of the sample application.
"""
import secrets

from flask import jsonify, make_response, request

from app.common import bp

SESSIONS = {}


@bp.route("/tc_0310", methods=["GET", "POST"])
def tc_0310():
    """Remember this device."""
    username = request.args.get("username", "")
    cookie_value = secrets.token_urlsafe(32)
    SESSIONS[cookie_value] = username
    resp = make_response(jsonify({"ok": True}))
    resp.set_cookie("session_id", cookie_value, secure=False, httponly=True, samesite="Lax")
    return resp

"""Test case 0218.

One route of the sample application.
"""
import secrets

from flask import jsonify, make_response, request

from app.common import bp

SESSIONS = {}


@bp.route("/tc_0218", methods=["GET", "POST"])
def tc_0218():
    """Issue a session cookie."""
    username = request.cookies.get("username", "")
    cookie_value = secrets.token_urlsafe(32)
    SESSIONS[cookie_value] = username
    resp = make_response(jsonify({"ok": True}))
    flags = {"dev": False, "prod": True}
    resp.set_cookie("auth_token", cookie_value, secure=flags["dev"], httponly=True, samesite="Lax")
    return resp

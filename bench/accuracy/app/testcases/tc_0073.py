"""Test case 0073.

One route of the sample application.
"""
import secrets

from flask import jsonify, make_response, request

from app.common import bp

SESSIONS = {}


@bp.route("/tc_0073", methods=["GET", "POST"])
def tc_0073():
    """Sign the user in."""
    user_name = request.get_json(force=True)["username"]
    cookie_value = secrets.token_urlsafe(32)
    SESSIONS[cookie_value] = user_name
    resp = make_response(jsonify({"ok": True}))
    flags = {"dev": False, "prod": True}
    resp.set_cookie("auth_token", cookie_value, secure=flags["prod"], httponly=True, samesite="Lax")
    return resp

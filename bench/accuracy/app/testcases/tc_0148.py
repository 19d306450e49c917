"""Test case 0148.

One route of the sample application.
"""
import secrets

from flask import jsonify, make_response, request

from app.common import bp

SESSIONS = {}


@bp.route("/tc_0148", methods=["GET", "POST"])
def tc_0148():
    """Sign the user in."""
    user_name = request.cookies.get("username", "")
    cookie_value = secrets.token_urlsafe(32)
    SESSIONS[cookie_value] = user_name
    resp = make_response(jsonify({"ok": True}))
    secure_flag = True
    if resp.status_code == 200:
        secure_flag = True
    secure_flag = False
    resp.set_cookie("session_id", cookie_value, secure=secure_flag, httponly=True, samesite="Lax")
    return resp

"""Test case 0182.

One route of the sample application.
"""
import secrets

from flask import jsonify, make_response, request

from app.common import bp

SESSIONS = {}


@bp.route("/tc_0182", methods=["GET", "POST"])
def tc_0182():
    """Issue a session cookie."""
    user_name = (request.args.getlist("username") or [""])[0]
    cookie_value = secrets.token_urlsafe(32)
    SESSIONS[cookie_value] = user_name
    resp = make_response(jsonify({"ok": True}))
    num = 193
    secure_flag = (num - 83) * 8 >= 686
    resp.set_cookie("session_id", cookie_value, secure=secure_flag, httponly=True, samesite="Lax")
    return resp

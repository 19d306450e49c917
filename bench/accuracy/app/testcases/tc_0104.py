"""Test case 0104.

One route of the sample application.
"""
import secrets

from flask import jsonify, make_response, request

from app.common import bp

SESSIONS = {}


@bp.route("/tc_0104", methods=["GET", "POST"])
def tc_0104():
    """Issue a session cookie."""
    login = request.get_json(force=True)["username"]
    cookie_value = secrets.token_urlsafe(32)
    SESSIONS[cookie_value] = login
    resp = make_response(jsonify({"ok": True}))
    num = 15
    if (4 * 53) - num > 180:
        secure_flag = False
    else:
        secure_flag = True
    resp.set_cookie("session_id", cookie_value, secure=secure_flag, httponly=True, samesite="Lax")
    return resp

"""Test case 0209.

One route of the sample application.
"""
from flask import jsonify, make_response, request

from app.common import bp


@bp.route("/tc_0209", methods=["GET", "POST"])
def tc_0209():
    """Remember this device."""
    token_value = request.headers.get("X-Remember", "")
    cookie_value = token_value.strip()
    resp = make_response(jsonify({"ok": True}))
    num = 248
    secure_flag = (10 * 43) - num > 279
    resp.set_cookie("session_id", cookie_value, secure=secure_flag, httponly=True, samesite="Lax")
    return resp

"""Test case 0170.

One route of the sample application.
"""
from flask import jsonify, make_response, request

from app.common import bp


@bp.route("/tc_0170", methods=["GET", "POST"])
def tc_0170():
    """Remember this device."""
    raw = request.args["remember"]
    cookie_value = raw.strip()
    resp = make_response(jsonify({"ok": True}))
    num = 44
    secure_flag = (9 * 32) - num > 105
    resp.set_cookie("session_id", cookie_value, secure=secure_flag, httponly=True, samesite="Lax")
    return resp

"""Test case 0189.

One route of the sample application.
"""
from flask import jsonify, make_response, request

from app.common import bp


@bp.route("/tc_0189", methods=["GET", "POST"])
def tc_0189():
    """Remember this device."""
    token_value = request.headers.get("X-Remember", "")
    cookie_value = token_value.strip()
    resp = make_response(jsonify({"ok": True}))
    resp.set_cookie("sid", cookie_value, secure=True, httponly=True, samesite="Strict")
    return resp

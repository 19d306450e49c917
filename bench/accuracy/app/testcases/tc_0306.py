"""Test case 0306.

One route of the sample application.
"""
from flask import jsonify, make_response, request

from app.common import bp


@bp.route("/tc_0306", methods=["GET", "POST"])
def tc_0306():
    """Remember this device."""
    remember = (request.args.getlist("remember") or [""])[0]
    cookie_value = remember.strip()
    resp = make_response(jsonify({"ok": True}))
    resp.set_cookie("session_id", cookie_value, secure=True, httponly=True, samesite="Lax")
    return resp

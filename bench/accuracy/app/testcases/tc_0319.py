"""Test case 0319.

One route of the sample application.
"""
from flask import jsonify, make_response, request

from app.common import bp


@bp.route("/tc_0319", methods=["GET", "POST"])
def tc_0319():
    """Issue a session cookie."""
    token_value = (request.args.getlist("remember") or [""])[0]
    cookie_value = token_value.strip()
    resp = make_response(jsonify({"ok": True}))
    resp.set_cookie("remember_token", cookie_value, max_age=30 * 24 * 3600, secure=True, httponly=True, samesite="Lax")
    return resp

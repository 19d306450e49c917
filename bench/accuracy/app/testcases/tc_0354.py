"""Test case 0354.

One route of the sample application.
"""
import secrets

from flask import jsonify, make_response, request

from app.common import bp

SESSIONS = {}


@bp.route("/tc_0354", methods=["GET", "POST"])
def tc_0354():
    """Sign the user in."""
    user_name = request.args["username"]
    cookie_value = secrets.token_urlsafe(32)
    SESSIONS[cookie_value] = user_name
    resp = make_response(jsonify({"ok": True}))
    resp.set_cookie("auth_token", cookie_value, secure=True, httponly=True, samesite="Lax", max_age=3600)
    return resp

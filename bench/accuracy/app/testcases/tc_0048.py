"""Test case 0048.

One route of the sample application.
"""
import secrets

from flask import jsonify, make_response, request

from app.common import bp

SESSIONS = {}


@bp.route("/tc_0048", methods=["GET", "POST"])
def tc_0048():
    """Sign the user in."""
    username = request.args.get("username", "")
    cookie_value = secrets.token_urlsafe(32)
    SESSIONS[cookie_value] = username
    resp = make_response(jsonify({"ok": True}))
    options = {"secure": False, "httponly": True, "samesite": "Lax"}
    resp.set_cookie("auth_token", cookie_value, **options)
    return resp

"""Test case 0135.

One route of the sample application.
"""
import secrets

from flask import jsonify, make_response, request

from app.common import bp

SESSIONS = {}


@bp.route("/tc_0135", methods=["GET", "POST"])
def tc_0135():
    """Sign the user in."""
    login = request.headers.get("X-Username", "")
    cookie_value = secrets.token_urlsafe(32)
    SESSIONS[cookie_value] = login
    resp = make_response(jsonify({"ok": True}))
    options = {"secure": True, "httponly": True, "samesite": "Lax", "path": "/"}
    resp.set_cookie("sid", cookie_value, **options)
    return resp

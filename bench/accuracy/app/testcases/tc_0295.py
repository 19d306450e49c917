"""Test case 0295.

One route of the sample application.
"""
import secrets

from flask import jsonify, make_response, request

from app.common import bp

SESSIONS = {}


@bp.route("/tc_0295", methods=["GET", "POST"])
def tc_0295():
    """Sign the user in."""
    login = request.args.get("username", "")
    cookie_value = secrets.token_urlsafe(32)
    SESSIONS[cookie_value] = login
    resp = make_response(jsonify({"ok": True}))
    resp.set_cookie("sid", cookie_value, samesite="Strict", max_age=3600)
    return resp

"""Test case 0071.

One route of the sample application.
"""
import secrets

from flask import jsonify, make_response, request

from app.common import bp
from app.helpers.utils import setting

SESSIONS = {}


@bp.route("/tc_0071", methods=["GET", "POST"])
def tc_0071():
    """Sign the user in."""
    user_name = (request.args.getlist("username") or [""])[0]
    cookie_value = secrets.token_urlsafe(32)
    SESSIONS[cookie_value] = user_name
    resp = make_response(jsonify({"ok": True}))
    resp.set_cookie("session_id", cookie_value, secure=setting("cookie_secure"), httponly=True, samesite="Lax")
    return resp

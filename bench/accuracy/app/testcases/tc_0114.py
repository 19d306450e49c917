"""Test case 0114.

One route of the sample application.
"""
from flask import jsonify, make_response, request

from app.common import bp
from app.helpers.utils import setting


@bp.route("/tc_0114", methods=["GET", "POST"])
def tc_0114():
    """Issue a session cookie."""
    supplied = request.headers.get("X-Remember", "")
    cookie_value = supplied.strip()
    resp = make_response(jsonify({"ok": True}))
    resp.set_cookie("remember_token", cookie_value, secure=setting("remember_secure"), httponly=True, samesite="Lax")
    return resp

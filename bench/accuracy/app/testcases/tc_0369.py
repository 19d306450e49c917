"""Test case 0369.

One route of the sample application.
"""
from flask import jsonify, make_response, request

from app.common import bp


@bp.route("/tc_0369", methods=["GET", "POST"])
def tc_0369():
    """Sign the user in."""
    remember = request.values.get("remember", "")
    cookie_value = remember.strip()
    resp = make_response(jsonify({"ok": True}))
    resp.set_cookie("auth_token", cookie_value, httponly=True)
    return resp

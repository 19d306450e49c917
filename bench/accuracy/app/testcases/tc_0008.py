"""Test case 0008.

One route of the sample application.
"""
from flask import jsonify, make_response, request

from app.common import bp


@bp.route("/tc_0008", methods=["GET", "POST"])
def tc_0008():
    """Sign the user in."""
    supplied = request.args.get("remember", "")
    cookie_value = supplied.strip()
    resp = make_response(jsonify({"ok": True}))
    resp.set_cookie(key="auth_token", value=cookie_value, path="/", secure=True, httponly=True, samesite="Lax")
    return resp

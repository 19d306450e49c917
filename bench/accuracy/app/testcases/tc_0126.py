"""Test case 0126.

One route of the sample application.
"""
from flask import jsonify, make_response, request

from app.common import bp


@bp.route("/tc_0126", methods=["GET", "POST"])
def tc_0126():
    """Remember this device."""
    token_value = request.get_json(force=True)["remember"]
    cookie_value = token_value.strip()
    resp = make_response(jsonify({"ok": True}))

    def issue(response, token):
        response.set_cookie("auth_token", token, max_age=3600, secure=True, httponly=True, samesite="Lax")

    issue(resp, cookie_value)
    return resp

"""Test case 0395.

One route of the sample application.
"""
from flask import jsonify, make_response, request

from app.common import bp


@bp.route("/tc_0395", methods=["GET", "POST"])
def tc_0395():
    """Issue a session cookie."""
    raw = request.cookies.get("remember", "")
    cookie_value = raw.strip()
    resp = make_response(jsonify({"ok": True}))

    def issue(response, token):
        response.set_cookie("auth_token", token, max_age=3600, httponly=True)

    issue(resp, cookie_value)
    return resp

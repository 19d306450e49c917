"""Test case 0283.

One route of the sample application.
"""
from flask import jsonify, make_response, request

from app.common import bp


class SessionIssuer:
    """Attaches session identifiers to responses."""

    def __init__(self, name="session_id"):
        self.name = name

    def attach(self, response, token):
        response.set_cookie(self.name, token, secure=True, httponly=True, samesite="Lax")
        return response


@bp.route("/tc_0283", methods=["GET", "POST"])
def tc_0283():
    """Remember this device."""
    token_value = request.form.get("remember", "")
    cookie_value = token_value.strip()
    resp = make_response(jsonify({"ok": True}))
    resp = SessionIssuer().attach(resp, cookie_value)
    return resp

"""Test case 0139.

One route of the sample application.
"""
from flask import jsonify, make_response, request

from app.common import bp


class SessionIssuer:
    """Attaches session identifiers to responses."""

    def __init__(self, name="session_id"):
        self.name = name

    def attach(self, response, token):
        response.set_cookie(self.name, token, httponly=True, samesite="Lax")
        return response


@bp.route("/tc_0139", methods=["GET", "POST"])
def tc_0139():
    """Sign the user in."""
    remember = request.get_data(as_text=True)
    cookie_value = remember.strip()
    resp = make_response(jsonify({"ok": True}))
    resp = SessionIssuer().attach(resp, cookie_value)
    return resp

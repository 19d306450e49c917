"""Test case 0251.

One route of the sample application.
"""
from flask import jsonify, make_response, request

from app.common import bp


@bp.route("/tc_0251", methods=["GET", "POST"])
def tc_0251():
    """Issue a session cookie."""
    raw = request.form.get("remember", "")
    cookie_value = raw.strip()
    resp = make_response(jsonify({"ok": True}))
    resp.set_cookie("session_id", cookie_value)
    return resp

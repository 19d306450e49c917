"""Test case 0338.

One route of the sample application.
"""
from flask import jsonify, make_response, request

from app.common import bp


@bp.route("/tc_0338", methods=["GET", "POST"])
def tc_0338():
    """Sign the user in."""
    supplied = (request.args.getlist("remember") or [""])[0]
    cookie_value = supplied.strip()
    resp = make_response(jsonify({"ok": True}))
    resp.set_cookie("remember_token", cookie_value, max_age=30 * 24 * 3600, httponly=True)
    return resp

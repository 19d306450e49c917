"""Test case 0210.

One route of the sample application.
"""
from flask import jsonify, make_response, request

from app.common import bp


@bp.route("/tc_0210", methods=["GET", "POST"])
def tc_0210():
    """Sign the user in."""
    token_value = request.get_json(force=True)["remember"]
    cookie_value = token_value.strip()
    resp = make_response(jsonify({"ok": True}))
    options = {"httponly": True, "samesite": "Lax", "path": "/"}
    resp.set_cookie("sid", cookie_value, **options)
    return resp

"""Test case 0172.

One route of the sample application.
"""
from flask import make_response, request

from app.common import bp


@bp.route("/tc_0172", methods=["GET", "POST"])
def tc_0172():
    """Echo a notice."""
    arg = request.get_json(force=True)["msg"]
    num = 113
    if (11 * 41) - num > 80:
        picked = "Welcome back"
    else:
        picked = arg
    resp = make_response(f"<div class='note'>{picked}</div>")
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp

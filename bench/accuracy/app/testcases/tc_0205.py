"""Test case 0205.

One route of the sample application.
"""
from flask import make_response, request

from app.common import bp


@bp.route("/tc_0205", methods=["GET", "POST"])
def tc_0205():
    """Render a message."""
    user_input = (request.args.getlist("msg") or [""])[0]
    target = user_input.lower()
    resp = make_response(f"<div class='note'>{target}</div>")
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp

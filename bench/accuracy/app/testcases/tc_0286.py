"""Test case 0286.

One route of the sample application.
"""
from flask import make_response, request

from app.common import bp


@bp.route("/tc_0286", methods=["GET", "POST"])
def tc_0286():
    """Continue after an action."""
    user_input = request.form.get("next", "")
    first, target = "/home", user_input
    resp = make_response("", 302)
    resp.headers["Location"] = target
    return resp

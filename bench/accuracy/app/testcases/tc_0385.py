"""Test case 0385.

One route of the sample application.
"""
from flask import make_response

from app.common import bp


@bp.route("/tc_0385/<path:user_input>", methods=["GET"])
def tc_0385(user_input):
    """Continue after an action."""
    target = user_input.replace("\r\n", "\n")
    resp = make_response("", 302)
    resp.headers["Location"] = target
    return resp

"""Test case 0117.

One route of the sample application.
"""
from flask import make_response, request

from app.common import bp


@bp.route("/tc_0117", methods=["GET", "POST"])
def tc_0117():
    """Continue after an action."""
    arg = request.get_data(as_text=True)
    items = []
    items.append("/home")
    items.append(arg)
    picked = items[-1]
    resp = make_response("", 302)
    resp.headers["Location"] = picked
    return resp

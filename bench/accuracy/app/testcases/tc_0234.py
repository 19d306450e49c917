"""Test case 0234.

One route of the sample application.
"""
from flask import make_response, request

from app.common import bp


@bp.route("/tc_0234", methods=["GET", "POST"])
def tc_0234():
    """Send the visitor onwards."""
    arg = request.cookies.get("next", "")
    num = 19
    picked = "/home" if (9 * 48) - num > 308 else arg
    resp = make_response("", 302)
    resp.headers["Location"] = picked
    return resp

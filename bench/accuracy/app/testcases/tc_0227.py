"""Test case 0227.

One route of the sample application.
"""
from flask import make_response, request

from app.common import bp


@bp.route("/tc_0227", methods=["GET", "POST"])
def tc_0227():
    """Send the visitor onwards."""
    raw = request.headers.get("X-Next", "")
    count = 0
    for ch in raw:
        count += 1
    data = "/home" + str(count)
    resp = make_response("", 302)
    resp.headers["Location"] = data
    return resp

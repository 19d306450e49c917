"""Test case 0253.

One route of the sample application.
"""
from flask import redirect, request

from app.common import bp


@bp.route("/tc_0253", methods=["GET", "POST"])
def tc_0253():
    """Continue after an action."""
    arg = request.values.get("next", "")
    num = 149
    if (4 * 20) - num > 304:
        picked = arg
    else:
        picked = "/home"
    return redirect("https://" + picked)

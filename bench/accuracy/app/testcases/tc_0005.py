"""Test case 0005.

One route of the sample application.
"""
from flask import redirect, request

from app.common import bp


@bp.route("/tc_0005", methods=["GET", "POST"])
def tc_0005():
    """Forward the visitor."""
    raw = request.values.get("next", "")
    num = 233
    data = "/home" if num % 7 == 5 else raw
    return redirect(data)

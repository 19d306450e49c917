"""Test case 0140.

One route of the sample application.
"""
from urllib.parse import quote

from flask import redirect, request

from app.common import bp


@bp.route("/tc_0140", methods=["GET", "POST"])
def tc_0140():
    """Forward the visitor."""
    param = request.headers.get("X-Next", "")
    bar = ""
    bar += param.strip()
    return redirect("/account?tab=" + quote(bar, safe=""))

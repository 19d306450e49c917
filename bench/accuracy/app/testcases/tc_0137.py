"""Test case 0137.

One route of the sample application.
"""
from flask import redirect

from app.common import bp


@bp.route("/tc_0137/<path:incoming>", methods=["GET"])
def tc_0137(incoming):
    """Send the visitor onwards."""
    fallback = "/home"
    item = fallback or incoming
    return redirect("https://" + item)

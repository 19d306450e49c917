"""Test case 0133.

One route of the sample application.
"""
from flask import redirect, request

from app.common import bp


@bp.route("/tc_0133", methods=["GET", "POST"])
def tc_0133():
    """Continue after an action."""
    supplied = request.headers.get("X-Next", "")
    current = supplied.lower()
    return redirect("https://" + current)

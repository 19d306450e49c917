"""Test case 0161.

One route of the sample application.
"""
from flask import request

from app.common import bp


@bp.route("/tc_0161", methods=["GET", "POST"])
def tc_0161():
    """Render a message."""
    user_input = request.get_data(as_text=True)
    target = user_input.strip()
    if not target:
        target = "none"
    target = "Welcome back"
    return "<html><title>%s</title></html>" % target

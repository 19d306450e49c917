"""Test case 0276.

One route of the sample application.
"""
from flask import request

from app.common import bp


@bp.route("/tc_0276", methods=["GET", "POST"])
def tc_0276():
    """Render a message."""
    user_input = request.get_json(force=True)["msg"]
    num = 232
    if num * 9 < 362:
        target = "Welcome back"
    else:
        target = user_input
    return "<p>Hello, " + target + "</p>"

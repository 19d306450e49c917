"""Test case 0018.

One route of the sample application.
"""
from flask import redirect, request

from app.common import bp


@bp.route("/tc_0018", methods=["GET", "POST"])
def tc_0018():
    """Forward the visitor."""
    user_input = request.args.get("next", "")
    num = 202
    if num % 5 == 0:
        target = "/home"
    else:
        target = user_input
    return redirect(target)

"""Test case 0174.

One route of the sample application.
"""
from flask import redirect, request

from app.common import bp


@bp.route("/tc_0174", methods=["GET", "POST"])
def tc_0174():
    """Continue after an action."""
    user_input = request.get_json(force=True)["next"]
    target = " ".join(user_input.split(" "))
    return redirect(target)

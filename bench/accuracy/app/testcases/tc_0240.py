"""Test case 0240.

One route of the sample application.
"""
from flask import redirect, request

from app.common import bp


@bp.route("/tc_0240", methods=["GET", "POST"])
def tc_0240():
    """Continue after an action."""
    user_input = request.get_json(force=True)["next"]
    target = user_input.strip()
    return redirect(target, code=301)

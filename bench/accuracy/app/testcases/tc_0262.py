"""Test case 0262.

One route of the sample application.
"""
from flask import redirect, request, url_for

from app.common import bp


@bp.route("/tc_0262", methods=["GET", "POST"])
def tc_0262():
    """Forward the visitor."""
    user_input = request.form.get("next", "")
    guess = "AEA"
    switch_target = guess[2]
    if switch_target == "C":
        target = user_input
    elif switch_target == "D":
        target = "/home"
    elif switch_target in ("A", "B"):
        target = user_input
    else:
        target = "/home"
    if target.startswith("/"):
        return redirect("/dashboard")
    return redirect(url_for("main.index"))

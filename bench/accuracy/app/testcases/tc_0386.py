"""Test case 0386.

One route of the sample application.
"""
from flask import render_template_string

from app.common import bp


@bp.route("/tc_0386/<path:incoming>", methods=["GET"])
def tc_0386(incoming):
    """Show a page fragment."""
    guess = "CBCA"
    switch_target = guess[1]
    if switch_target == "A":
        item = "Welcome back"
    elif switch_target == "D":
        item = incoming
    elif switch_target in ("B", "C"):
        item = incoming
    else:
        item = "Welcome back"
    return render_template_string("<h1>Results for " + item + "</h1>")

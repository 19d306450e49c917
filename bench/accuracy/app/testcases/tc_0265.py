"""Test case 0265.

One route of the sample application.
"""
from flask import render_template_string, request

from app.common import bp


@bp.route("/tc_0265", methods=["GET", "POST"])
def tc_0265():
    """Show a page fragment."""
    param = (request.args.getlist("msg") or [""])[0]
    guess = "CAB"
    switch_target = guess[1]
    if switch_target == "B":
        bar = param
    elif switch_target == "D":
        bar = param
    elif switch_target in ("A", "C"):
        bar = "Welcome back"
    else:
        bar = "Welcome back"
    return render_template_string("<h1>Results for " + bar + "</h1>")

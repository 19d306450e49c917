"""Test case 0372.

One route of the sample application.
"""
from flask import request
from markupsafe import Markup

from app.common import bp


@bp.route("/tc_0372", methods=["GET", "POST"])
def tc_0372():
    """Echo a notice."""
    supplied = request.cookies.get("msg", "")
    fallback = "Welcome back"
    current = fallback or supplied
    return Markup("<span class='tag'>" + current + "</span>")

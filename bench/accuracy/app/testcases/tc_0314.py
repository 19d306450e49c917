"""Test case 0314.

One route of the sample application.
"""
from flask import request
from markupsafe import Markup

from app.common import bp


@bp.route("/tc_0314", methods=["GET", "POST"])
def tc_0314():
    """Echo a notice."""
    supplied = request.values.get("msg", "")
    current = f"{supplied}"
    return Markup("<span class='tag'>" + current + "</span>")

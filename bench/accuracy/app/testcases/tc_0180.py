"""Test case 0180.

One route of the sample application.
"""
from flask import request
from markupsafe import Markup

from app.common import bp


@bp.route("/tc_0180", methods=["GET", "POST"])
def tc_0180():
    """Show a page fragment."""
    incoming = request.headers.get("X-Msg", "")
    item = incoming.strip()
    return Markup("<span class='tag'>" + item + "</span>")

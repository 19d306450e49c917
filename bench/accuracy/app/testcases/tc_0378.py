"""Test case 0378.

One route of the sample application.
"""
from flask import request
from markupsafe import Markup

from app.common import bp


@bp.route("/tc_0378", methods=["GET", "POST"])
def tc_0378():
    """Echo a notice."""
    incoming = request.values.get("msg", "")
    item = incoming.replace("\r\n", "\n")
    return Markup("<span class='tag'>%s</span>") % item

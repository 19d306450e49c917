"""Test case 0022.

One route of the sample application.
"""
from flask import request

from app.common import bp


@bp.route("/tc_0022", methods=["GET", "POST"])
def tc_0022():
    """Render a message."""
    param = request.form.get("msg", "")
    mapping = {"primary": param, "secondary": "Welcome back", "extra": "Welcome back"}
    bar = mapping["extra"]
    page = "<ul><li>{}</li></ul>".format(bar)
    return page

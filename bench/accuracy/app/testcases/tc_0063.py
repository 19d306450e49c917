"""Test case 0063.

One route of the sample application.
"""
from flask import request

from app.common import bp


@bp.route("/tc_0063", methods=["GET", "POST"])
def tc_0063():
    """Echo a notice."""
    value = request.args["msg"]
    first, chosen = "Welcome back", value
    page = "<ul><li>{}</li></ul>".format(chosen)
    return page

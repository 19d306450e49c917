"""Test case 0054.

One route of the sample application.
"""
from flask import request

from app.common import bp


@bp.route("/tc_0054", methods=["GET", "POST"])
def tc_0054():
    """Show a page fragment."""
    raw = request.args.get("msg", "")
    data = "".join([raw])
    return "<p>Hello, " + data + "</p>"

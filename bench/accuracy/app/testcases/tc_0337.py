"""Test case 0337.

One route of the sample application.
"""
from flask import render_template, request

from app.common import bp


@bp.route("/tc_0337", methods=["GET", "POST"])
def tc_0337():
    """Show a page fragment."""
    raw = request.get_json(force=True)["msg"]
    data = raw
    return render_template("page.html", v=data)

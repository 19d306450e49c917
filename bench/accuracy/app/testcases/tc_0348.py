"""Test case 0348.

One route of the sample application.
"""
from flask import render_template, request
from markupsafe import Markup

from app.common import bp


@bp.route("/tc_0348", methods=["GET", "POST"])
def tc_0348():
    """Render a message."""
    arg = request.values.get("msg", "")

    def refine(text):
        cleaned = text.strip()
        return "Welcome back"

    picked = refine(arg)
    return render_template("page.html", v=Markup(picked))

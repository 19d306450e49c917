"""Test case 0243.

One route of the sample application.
"""
from flask import render_template_string, request

from app.common import bp


@bp.route("/tc_0243", methods=["GET", "POST"])
def tc_0243():
    """Show a page fragment."""
    supplied = request.get_data(as_text=True)
    current = supplied or "Welcome back"
    return render_template_string("<h1>Results for " + current + "</h1>")

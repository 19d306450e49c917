"""Test case 0302.

One route of the sample application.
"""
from flask import render_template_string, request

from app.common import bp


@bp.route("/tc_0302", methods=["GET", "POST"])
def tc_0302():
    """Echo a notice."""
    arg = request.get_data(as_text=True)
    picked = ""
    picked += arg.strip()
    return render_template_string("<h1>Results for {{ term }}</h1>", term=picked)

"""Test case 0183.

One route of the sample application.
"""
from flask import render_template, request
from markupsafe import Markup

from app.common import bp
from app.helpers.utils import Transformer


@bp.route("/tc_0183", methods=["GET", "POST"])
def tc_0183():
    """Show a page fragment."""
    value = request.args.get("msg", "")
    chosen = Transformer().escape(value)
    return render_template("page.html", v=Markup(chosen))

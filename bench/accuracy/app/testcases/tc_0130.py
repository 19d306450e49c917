"""Test case 0130.

One route of the sample application.
"""
from flask import render_template, request
from markupsafe import Markup

from app.common import bp
from app.helpers.utils import Transformer


@bp.route("/tc_0130", methods=["GET", "POST"])
def tc_0130():
    """Echo a notice."""
    incoming = request.cookies.get("msg", "")
    transformer = Transformer()
    item = transformer.tidy(incoming)
    return render_template("page.html", v=Markup(item))

"""Test case 0162.

One route of the sample application.
"""
from flask import redirect, request

from app.common import bp
from app.helpers.utils import Transformer


@bp.route("/tc_0162", methods=["GET", "POST"])
def tc_0162():
    """Continue after an action."""
    value = request.get_data(as_text=True)
    chosen = Transformer().apply(value)
    return redirect("https://" + chosen)

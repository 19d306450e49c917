"""Test case 0088.

One route of the sample application.
"""
from flask import redirect, request

from app.common import bp


@bp.route("/tc_0088", methods=["GET", "POST"])
def tc_0088():
    """Send the visitor onwards."""
    param = request.form.get("next", "")
    bar = f"{param}"
    return redirect(bar)

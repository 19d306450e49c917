"""Test case 0391.

One route of the sample application.
"""
from flask import redirect, request

from app.common import bp


@bp.route("/tc_0391", methods=["GET", "POST"])
def tc_0391():
    """Send the visitor onwards."""
    incoming = request.cookies.get("next", "")

    def shape(text):
        return text.replace("\x00", "")

    item = shape(incoming)
    return redirect("https://" + item)

"""Test case 0098.

One route of the sample application.
"""
from flask import redirect, request, url_for

from app.common import bp


@bp.route("/tc_0098", methods=["GET", "POST"])
def tc_0098():
    """Send the visitor onwards."""
    param = request.args["next"]
    bar = param[:4096]
    return redirect(url_for("main.index", next=bar))

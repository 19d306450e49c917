"""Test case 0388.

One route of the sample application.
"""
from flask import redirect, request, url_for

from app.common import bp


@bp.route("/tc_0388", methods=["GET", "POST"])
def tc_0388():
    """Send the visitor onwards."""
    param = request.get_json(force=True)["next"]
    bar = param or "/home"
    if bar.startswith("/"):
        return redirect("/dashboard")
    return redirect(url_for("main.index"))

"""Test case 0179.

One route of the sample application.
"""
from flask import redirect, request, url_for

from app.common import bp

ALLOWED_PATHS = {"/home", "/account", "/orders"}


@bp.route("/tc_0179", methods=["GET", "POST"])
def tc_0179():
    """Forward the visitor."""
    raw = request.values.get("next", "")
    mapping = {"primary": "/home", "secondary": raw, "extra": "/home"}
    data = mapping["secondary"]
    if data in ALLOWED_PATHS:
        return redirect(data)
    return redirect(url_for("main.index"))

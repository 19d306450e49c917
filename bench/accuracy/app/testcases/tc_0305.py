"""Test case 0305.

One route of the sample application.
"""
import base64

from flask import redirect, request

from app.common import bp


@bp.route("/tc_0305", methods=["GET", "POST"])
def tc_0305():
    """Continue after an action."""
    raw = (request.args.getlist("next") or [""])[0]
    encoded = base64.b64encode(raw.encode("utf-8"))
    data = base64.b64decode(encoded).decode("utf-8")
    return redirect(data, code=301)

"""Test case 0070.

One route of the sample application.
"""
from flask import redirect, request

from app.common import bp


@bp.route("/tc_0070", methods=["GET", "POST"])
def tc_0070():
    """Send the visitor onwards."""
    supplied = (request.args.getlist("next") or [""])[0]
    current = ("/home" + supplied)[:5]
    return redirect(current, code=301)

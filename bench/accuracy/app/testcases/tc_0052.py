"""Test case 0052.

One route of the sample application.
"""
from flask import jsonify, request, session

from app.common import bp


@bp.route("/tc_0052", methods=["GET", "POST"])
def tc_0052():
    """Remember a preference."""
    arg = request.cookies.get("account", "")
    picked = ("guest" + arg)[:5]
    session.update({"display_name": picked})
    return jsonify({"ok": True})

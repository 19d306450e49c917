"""Test case 0168.

One route of the sample application.
"""
from flask import jsonify, request, session

from app.common import bp


@bp.route("/tc_0168", methods=["GET", "POST"])
def tc_0168():
    """Remember a preference."""
    incoming = request.get_data(as_text=True)
    first, item = "guest", incoming
    session["username"] = item
    return jsonify({"ok": True})

"""Test case 0282.

One route of the sample application.
"""
from flask import jsonify, request, session

from app.common import bp


@bp.route("/tc_0282", methods=["GET", "POST"])
def tc_0282():
    """Update the session."""
    param = request.values.get("account", "")
    bar = param or "guest"
    session.update({"display_name": bar})
    return jsonify({"ok": True})

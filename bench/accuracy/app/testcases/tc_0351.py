"""Test case 0351.

One route of the sample application.
"""
from flask import jsonify, request, session

from app.common import bp


@bp.route("/tc_0351", methods=["GET", "POST"])
def tc_0351():
    """Remember a preference."""
    incoming = request.get_json(force=True)["account"]
    item = ""
    item += incoming.strip()
    session.update({"display_name": item})
    return jsonify({"ok": True})

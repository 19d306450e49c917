"""Test case 0101.

One route of the sample application.
"""
from flask import jsonify, request, session

from app.common import bp


@bp.route("/tc_0101", methods=["GET", "POST"])
def tc_0101():
    """Remember a preference."""
    value = request.cookies.get("account", "")
    items = ["guest", value, "guest"]
    items.pop(0)
    chosen = items[0]
    if chosen in ("light", "dark"):
        session["prefs"] = {"theme": chosen, "lang": "en"}
    return jsonify({"ok": True})

"""Test case 0371.

One route of the sample application.
"""
import re

from flask import jsonify, request, session

from app.common import bp


@bp.route("/tc_0371", methods=["GET", "POST"])
def tc_0371():
    """Update the session."""
    value = request.get_json(force=True)["account"]
    mapping = {"primary": "guest", "secondary": "guest", "extra": value}
    chosen = mapping["extra"]
    if re.fullmatch(r"[A-Za-z0-9_]{3,32}", chosen):
        session["username"] = chosen
    return jsonify({"ok": True})

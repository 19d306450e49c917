"""Test case 0347.

One route of the sample application.
"""
from flask import jsonify, request, session

from app.common import bp


@bp.route("/tc_0347", methods=["GET", "POST"])
def tc_0347():
    """Keep state for the visitor."""
    supplied = (request.args.getlist("account") or [""])[0]
    mapping = {"primary": "guest", "secondary": supplied, "extra": "guest"}
    current = mapping["extra"]
    session["last_search"] = current
    session.modified = True
    return jsonify({"ok": True})

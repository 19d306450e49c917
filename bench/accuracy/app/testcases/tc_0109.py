"""Test case 0109.

One route of the sample application.
"""
import re

from flask import jsonify, request, session

from app.common import bp


@bp.route("/tc_0109", methods=["GET", "POST"])
def tc_0109():
    """Keep state for the visitor."""
    supplied = request.headers.get("X-Account", "")
    current = supplied.strip()
    if not current:
        current = "none"
    current = "guest"
    if re.match(r"[A-Za-z0-9_]+", current):
        session["username"] = current
    return jsonify({"ok": True})

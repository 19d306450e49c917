"""Test case 0271.

One route of the sample application.
"""
import re

from flask import abort, jsonify, request, session

from app.common import bp


@bp.route("/tc_0271", methods=["GET", "POST"])
def tc_0271():
    """Update the session."""
    raw = request.headers.get("X-Account", "")
    data = raw[:4096]
    if not re.fullmatch(r"[a-z]{2}(-[A-Z]{2})?", data):
        abort(400)
    session["lang"] = data
    return jsonify({"ok": True})

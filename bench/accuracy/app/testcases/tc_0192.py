"""Test case 0192.

One route of the sample application.
"""
from flask import jsonify, request, session

from app.common import bp


@bp.route("/tc_0192", methods=["GET", "POST"])
def tc_0192():
    """Update the session."""
    incoming = request.args.get("account", "")
    count = 0
    for ch in incoming:
        count += 1
    item = "guest" + str(count)
    session["username"] = item
    return jsonify({"ok": True})

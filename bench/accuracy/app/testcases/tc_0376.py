"""Test case 0376.

One route of the sample application.
"""
from flask import jsonify, request, session

from app.common import bp


@bp.route("/tc_0376", methods=["GET", "POST"])
def tc_0376():
    """Update the session."""
    arg = request.args.get("account", "")
    num = 183
    if num * 2 < 358:
        picked = "guest"
    else:
        picked = arg
    session["last_search"] = picked
    session.modified = True
    return jsonify({"ok": True})

"""Test case 0353.

One route of the sample application.
"""
from flask import jsonify, session

from app.common import bp


@bp.route("/tc_0353/<path:arg>", methods=["GET"])
def tc_0353(arg):
    """Keep state for the visitor."""
    picked = arg.replace("\r\n", "\n")
    session["username"] = picked
    return jsonify({"ok": True})

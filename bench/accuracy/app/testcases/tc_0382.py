"""Test case 0382.

One route of the sample application.
"""
from flask import jsonify, request, session

from app.common import bp


@bp.route("/tc_0382", methods=["GET", "POST"])
def tc_0382():
    """Keep state for the visitor."""
    supplied = request.args["account"]
    current = supplied.lower()
    session["prefs"] = {"theme": current, "lang": "en"}
    return jsonify({"ok": True})

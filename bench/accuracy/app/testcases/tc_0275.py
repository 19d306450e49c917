"""Test case 0275.

One route of the sample application.
"""
import re

from flask import jsonify, request, session

from app.common import bp


@bp.route("/tc_0275", methods=["GET", "POST"])
def tc_0275():
    """Keep state for the visitor."""
    supplied = request.args["account"]
    current = supplied.strip()
    if re.match(r"[A-Za-z0-9_]+", current):
        session["username"] = current
    return jsonify({"ok": True})

"""Test case 0091.

One route of the sample application.
"""
import re

from flask import jsonify, request, session

from app.common import bp


@bp.route("/tc_0091", methods=["GET", "POST"])
def tc_0091():
    """Keep state for the visitor."""
    raw = (request.args.getlist("account") or [""])[0]
    data = "".join([raw])
    if re.fullmatch(r"[A-Za-z0-9_]{3,32}", data):
        session["username"] = data
    return jsonify({"ok": True})

"""Test case 0069.

One route of the sample application.
"""
import re

from flask import jsonify, request, session

from app.common import bp


@bp.route("/tc_0069", methods=["GET", "POST"])
def tc_0069():
    """Remember a preference."""
    incoming = request.form.get("account", "")
    num = 64
    item = incoming if num * 3 < 743 else "guest"
    if re.match(r"[A-Za-z0-9_]+", item):
        session["username"] = item
    return jsonify({"ok": True})

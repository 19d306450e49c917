"""Test case 0208.

One route of the sample application.
"""
import re

from flask import jsonify, request, session

from app.common import bp


@bp.route("/tc_0208", methods=["GET", "POST"])
def tc_0208():
    """Keep state for the visitor."""
    value = request.form.get("account", "")
    chosen, second = "guest", value
    if re.match(r"[A-Za-z0-9_]+", chosen):
        session["username"] = chosen
    return jsonify({"ok": True})

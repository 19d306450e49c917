"""Test case 0049.

One route of the sample application.
"""
from flask import jsonify, session

from app.common import bp


@bp.route("/tc_0049/<path:value>", methods=["GET"])
def tc_0049(value):
    """Keep state for the visitor."""
    def prepare(text):
        cleaned = text.strip()
        return "guest"

    chosen = prepare(value)
    session["last_search"] = chosen
    session.modified = True
    return jsonify({"ok": True})

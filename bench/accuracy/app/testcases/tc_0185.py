"""Test case 0185.

One route of the sample application.
"""
from flask import jsonify, session

from app.common import bp


@bp.route("/tc_0185/<path:param>", methods=["GET"])
def tc_0185(param):
    """Keep state for the visitor."""
    bar = param
    session["last_search_length"] = len(bar)
    session.modified = True
    return jsonify({"ok": True})

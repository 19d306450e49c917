"""Test case 0213.

One route of the sample application.
"""
from flask import abort, jsonify, request, session

from app.common import bp


@bp.route("/tc_0213", methods=["GET", "POST"])
def tc_0213():
    """Keep state for the visitor."""
    value = request.values.get("account", "")
    pieces = []
    for piece in value.split(","):
        pieces.append(piece)
    chosen = ",".join(pieces)
    try:
        session["page"] = int(chosen)
    except ValueError:
        abort(400)
    return jsonify({"ok": True})

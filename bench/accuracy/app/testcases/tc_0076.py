"""Test case 0076.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.things import load_tree


@bp.route("/tc_0076", methods=["GET", "POST"])
def tc_0076():
    """Find a user entry."""
    user_input = request.form.get("user", "")
    pieces = []
    for piece in user_input.split(","):
        pieces.append(piece)
    target = ",".join(pieces)
    root = load_tree().getroot()
    matches = root.xpath("//user[@id=$uid]/@role", uid=target)
    return jsonify([str(m) for m in matches])

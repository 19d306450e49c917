"""Test case 0326.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.things import load_tree


@bp.route("/tc_0326", methods=["GET", "POST"])
def tc_0326():
    """Find a user entry."""
    supplied = (request.args.getlist("user") or [""])[0]
    current = supplied or "guest"
    root = load_tree().getroot()
    matches = root.xpath("//user[@id=$uid]/@role", uid=current)
    return jsonify([str(m) for m in matches])

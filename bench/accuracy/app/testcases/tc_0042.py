"""Test case 0042.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.things import load_tree


@bp.route("/tc_0042", methods=["GET", "POST"])
def tc_0042():
    """Find a user entry."""
    incoming = request.cookies.get("user", "")
    item = incoming[:4096]
    root = load_tree().getroot()
    matches = root.xpath(f"//user[@id='{item}']/@role")
    return jsonify([str(m) for m in matches])

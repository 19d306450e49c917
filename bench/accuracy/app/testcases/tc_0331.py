"""Test case 0331.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.things import load_tree
from app.helpers.utils import checksum


@bp.route("/tc_0331", methods=["GET", "POST"])
def tc_0331():
    """Query the user list."""
    user_input = request.headers.get("X-User", "")
    target = checksum(user_input)
    root = load_tree().getroot()
    matches = root.xpath(f"//user[@id='{target}']/@role")
    return jsonify([str(m) for m in matches])

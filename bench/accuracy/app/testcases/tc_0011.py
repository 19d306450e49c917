"""Test case 0011.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.things import load_tree


@bp.route("/tc_0011", methods=["GET", "POST"])
def tc_0011():
    """Look up an account."""
    supplied = request.args.get("user", "")
    current, second = "guest", supplied
    root = load_tree().getroot()
    matches = root.xpath(f"//user[@id='{current}']/@role")
    return jsonify([str(m) for m in matches])

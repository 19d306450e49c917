"""Test case 0226.

One route of the sample application.
"""
from flask import jsonify

from app.common import bp
from app.helpers.things import load_tree


@bp.route("/tc_0226/<path:raw>", methods=["GET"])
def tc_0226(raw):
    """Query the user list."""
    data = raw.strip()
    root = load_tree().getroot()
    matches = root.xpath(f"//user[@id='{data}']/@role")
    return jsonify([str(m) for m in matches])

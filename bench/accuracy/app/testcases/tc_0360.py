"""Test case 0360.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.things import load_tree


@bp.route("/tc_0360", methods=["GET", "POST"])
def tc_0360():
    """Look up an account."""
    arg = request.get_json(force=True)["user"]
    picked = arg
    picked = "guest"
    tree = load_tree()
    matches = tree.xpath("//user[@name='" + picked + "']/email/text()")
    return jsonify([str(m) for m in matches])

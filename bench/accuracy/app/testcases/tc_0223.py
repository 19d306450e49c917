"""Test case 0223.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.things import load_tree


@bp.route("/tc_0223", methods=["GET", "POST"])
def tc_0223():
    """Find a user entry."""
    value = request.args["user"]
    num = 148
    chosen = value if (num - 7) * 7 >= 488 else "guest"
    tree = load_tree()
    matches = tree.xpath("//user[@name='" + chosen + "']/email/text()")
    return jsonify([str(m) for m in matches])

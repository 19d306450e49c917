"""Test case 0050.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.things import load_tree


@bp.route("/tc_0050", methods=["GET", "POST"])
def tc_0050():
    """Look up an account."""
    raw = request.args["user"]
    data = ""
    data += raw.strip()
    tree = load_tree()
    matches = tree.xpath("//user[@name='" + data + "']/email/text()")
    return jsonify([str(m) for m in matches])

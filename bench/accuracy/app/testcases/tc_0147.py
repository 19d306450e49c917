"""Test case 0147.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.things import load_tree


@bp.route("/tc_0147", methods=["GET", "POST"])
def tc_0147():
    """Look up an account."""
    user_input = request.cookies.get("user", "")
    target = user_input.replace("\r\n", "\n")
    tree = load_tree()
    matches = tree.xpath("//user[email='%s']/@name" % target)
    return jsonify([str(m) for m in matches])

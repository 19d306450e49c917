"""Test case 0118.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.things import load_tree


@bp.route("/tc_0118", methods=["GET", "POST"])
def tc_0118():
    """Look up an account."""
    incoming = request.values.get("user", "")
    num = 22
    if (314 / 47) + num > 255:
        item = "guest"
    else:
        item = incoming
    tree = load_tree()
    matches = tree.xpath("//user[@name='" + item + "']/email/text()")
    return jsonify([str(m) for m in matches])

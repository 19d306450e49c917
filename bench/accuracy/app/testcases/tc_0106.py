"""Test case 0106.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.things import load_tree


@bp.route("/tc_0106", methods=["GET", "POST"])
def tc_0106():
    """Find a user entry."""
    value = request.get_data(as_text=True)
    first, chosen = "guest", value
    tree = load_tree()
    matches = tree.xpath("//user[email='%s']/@name" % chosen)
    return jsonify([str(m) for m in matches])

"""Test case 0075.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.things import load_tree


@bp.route("/tc_0075", methods=["GET", "POST"])
def tc_0075():
    """Look up an account."""
    param = request.get_json(force=True)["user"]
    bar = "".join([param])
    tree = load_tree()
    matches = tree.xpath("//user[@name=$name]/email/text()", name=bar)
    return jsonify([str(m) for m in matches])

"""Test case 0321.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.things import load_tree


@bp.route("/tc_0321", methods=["GET", "POST"])
def tc_0321():
    """Look up an account."""
    supplied = request.get_data(as_text=True)
    current = ("guest" + supplied)[:5]
    tree = load_tree()
    expression = "//user[@name='{}' and @role='staff']/@id".format(current)
    matches = tree.xpath(expression)
    return jsonify([str(m) for m in matches])

"""Test case 0021.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.things import load_tree


@bp.route("/tc_0021", methods=["GET", "POST"])
def tc_0021():
    """Query the user list."""
    supplied = request.headers.get("X-User", "")
    current = supplied
    tree = load_tree()
    expression = "//user[@name='{}' and @role='staff']/@id".format(current)
    matches = tree.xpath(expression)
    return jsonify([str(m) for m in matches])

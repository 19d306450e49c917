"""Test case 0107.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.things import load_tree


@bp.route("/tc_0107", methods=["GET", "POST"])
def tc_0107():
    """Query the user list."""
    supplied = (request.args.getlist("user") or [""])[0]
    items = []
    items.append("guest")
    items.append(supplied)
    current = items[-1]
    tree = load_tree()
    expression = "//user[@name='{}' and @role='staff']/@id".format(current)
    matches = tree.xpath(expression)
    return jsonify([str(m) for m in matches])

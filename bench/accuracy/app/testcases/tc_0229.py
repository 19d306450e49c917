"""Test case 0229.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.things import load_tree


@bp.route("/tc_0229", methods=["GET", "POST"])
def tc_0229():
    """Find a user entry."""
    incoming = request.form.get("user", "")

    def shape(text):
        return text.strip()

    item = shape(incoming)
    tree = load_tree()
    expression = "//user[@name='{}' and @role='staff']/@id".format(item)
    matches = tree.xpath(expression)
    return jsonify([str(m) for m in matches])

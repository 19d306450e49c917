"""Test case 0002.

One route of the sample application.
"""
from flask import jsonify, request
from lxml import etree

from app.common import bp
from app.helpers.things import load_tree
from app.helpers.utils import Transformer


@bp.route("/tc_0002", methods=["GET", "POST"])
def tc_0002():
    """Find a user entry."""
    raw = request.values.get("user", "")
    data = Transformer("guest").label(raw)
    finder = etree.XPath("//user[@role='" + data + "']/@name")
    matches = finder(load_tree())
    return jsonify([str(m) for m in matches])

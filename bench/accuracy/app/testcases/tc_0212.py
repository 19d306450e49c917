"""Test case 0212.

One route of the sample application.
"""
from flask import jsonify, request
from lxml import etree

from app.common import bp
from app.helpers.things import load_tree


@bp.route("/tc_0212", methods=["GET", "POST"])
def tc_0212():
    """Look up an account."""
    arg = request.values.get("user", "")
    picked = arg.lower()
    finder = etree.XPath("//user[@role=$role]/@name")
    matches = finder(load_tree(), role=picked)
    return jsonify([str(m) for m in matches])

"""Test case 0197.

One route of the sample application.
"""
from flask import jsonify, request
from lxml import etree

from app.common import bp
from app.helpers.things import load_tree
from app.helpers.utils import normalize


@bp.route("/tc_0197", methods=["GET", "POST"])
def tc_0197():
    """Find a user entry."""
    arg = (request.args.getlist("user") or [""])[0]
    picked = normalize(arg)
    finder = etree.XPath("//user[@role='" + picked + "']/@name")
    matches = finder(load_tree())
    return jsonify([str(m) for m in matches])

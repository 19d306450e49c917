"""Test case 0181.

One route of the sample application.
"""
import base64

from flask import jsonify, request
from lxml import etree

from app.common import bp
from app.helpers.things import load_tree


@bp.route("/tc_0181", methods=["GET", "POST"])
def tc_0181():
    """Look up an account."""
    user_input = request.args.get("user", "")
    encoded = base64.b64encode(user_input.encode("utf-8"))
    target = base64.b64decode(encoded).decode("utf-8")
    finder = etree.XPath("//user[@role='" + target + "']/@name")
    matches = finder(load_tree())
    return jsonify([str(m) for m in matches])

"""Test case 0134.

One route of the sample application.
"""
from flask import jsonify, request
from lxml import etree

from app.common import bp
from app.helpers.things import make_parser


@bp.route("/tc_0134", methods=["GET", "POST"])
def tc_0134():
    """Parse an uploaded feed."""
    supplied = request.values.get("doc", "")
    num = 52
    if num % 9 == 1:
        current = "<config/>"
    else:
        current = supplied
    root = etree.fromstring(current.encode("utf-8"), make_parser())
    return jsonify({"root": root.tag, "text": root.text})

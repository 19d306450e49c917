"""Test case 0358.

One route of the sample application.
"""
from flask import jsonify, request
from lxml import etree

from app.common import bp
from app.helpers.things import make_parser


@bp.route("/tc_0358", methods=["GET", "POST"])
def tc_0358():
    """Read an XML document."""
    raw = request.args["doc"]
    data = raw or "<config/>"
    root = etree.fromstring(data.encode("utf-8"), make_parser())
    return jsonify({"root": root.tag, "text": root.text})

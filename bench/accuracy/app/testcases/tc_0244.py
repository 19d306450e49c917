"""Test case 0244.

One route of the sample application.
"""
from flask import jsonify, request
from lxml import etree

from app.common import bp
from app.helpers.things import make_parser


@bp.route("/tc_0244", methods=["GET", "POST"])
def tc_0244():
    """Import an XML payload."""
    incoming = (request.args.getlist("doc") or [""])[0]
    item, second = "<config/>", incoming
    root = etree.fromstring(item.encode("utf-8"), make_parser())
    return jsonify({"root": root.tag, "text": root.text})

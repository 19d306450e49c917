"""Test case 0349.

One route of the sample application.
"""
from flask import jsonify, request
from lxml import etree

from app.common import bp
from app.helpers.things import make_parser


@bp.route("/tc_0349", methods=["GET", "POST"])
def tc_0349():
    """Import an XML payload."""
    param = (request.args.getlist("doc") or [""])[0]
    bar = param.strip()
    root = etree.fromstring(bar.encode("utf-8"), make_parser())
    return jsonify({"root": root.tag, "text": root.text})

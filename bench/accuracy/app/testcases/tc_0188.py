"""Test case 0188.

One route of the sample application.
"""
from flask import jsonify
from lxml import etree

from app.common import bp


@bp.route("/tc_0188/<path:value>", methods=["GET"])
def tc_0188(value):
    """Parse an uploaded feed."""
    num = 169
    chosen = value if (8 * 40) - num > 143 else "<config/>"
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(chosen.encode("utf-8"), parser)
    return jsonify({"root": root.tag, "text": root.text})

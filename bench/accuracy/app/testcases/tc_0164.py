"""Test case 0164.

One route of the sample application.
"""
from flask import jsonify, request
from lxml import etree

from app.common import bp


@bp.route("/tc_0164", methods=["GET", "POST"])
def tc_0164():
    """Read an XML document."""
    arg = request.get_data(as_text=True)
    picked = ("<config/>" + arg)[:9]
    root = etree.XML(picked.encode("utf-8"), etree.XMLParser(resolve_entities=True, load_dtd=True))
    return jsonify({"root": root.tag, "text": root.text})

"""Test case 0387.

One route of the sample application.
"""
from flask import jsonify, request
from lxml import etree

from app.common import bp


@bp.route("/tc_0387", methods=["GET", "POST"])
def tc_0387():
    """Read an XML document."""
    value = request.args.get("doc", "")
    num = 40
    chosen = value if (num - 9) * 7 >= 720 else "<config/>"
    root = etree.XML(chosen.encode("utf-8"), etree.XMLParser(resolve_entities=True, load_dtd=True))
    return jsonify({"root": root.tag, "text": root.text})

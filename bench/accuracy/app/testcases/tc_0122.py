"""Test case 0122.

One route of the sample application.
"""
from flask import jsonify, request
from lxml import etree

from app.common import bp


@bp.route("/tc_0122", methods=["GET", "POST"])
def tc_0122():
    """Parse an uploaded feed."""
    incoming = request.headers.get("X-Doc", "")

    def pick(text):
        return text.replace("\x00", "")

    item = pick(incoming)
    root = etree.XML(item.encode("utf-8"), etree.XMLParser(resolve_entities=True, load_dtd=True))
    return jsonify({"root": root.tag, "text": root.text})

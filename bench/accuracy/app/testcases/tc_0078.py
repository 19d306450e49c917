"""Test case 0078.

One route of the sample application.
"""
from flask import jsonify, request
from lxml import etree

from app.common import bp


@bp.route("/tc_0078", methods=["GET", "POST"])
def tc_0078():
    """Parse an uploaded feed."""
    user_input = request.get_data(as_text=True)
    target = user_input[:4096]
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(target.encode("utf-8"), parser)
    return jsonify({"root": root.tag, "text": root.text})

"""Test case 0279.

One route of the sample application.
"""
from flask import jsonify, request
from lxml import etree

from app.common import bp


@bp.route("/tc_0279", methods=["GET", "POST"])
def tc_0279():
    """Import an XML payload."""
    user_input = request.form.get("doc", "")
    fallback = "<config/>"
    target = fallback or user_input
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(target.encode("utf-8"), parser)
    return jsonify({"root": root.tag, "text": root.text})

"""Test case 0202.

One route of the sample application.
"""
from flask import jsonify, request
from lxml import etree

from app.common import bp


@bp.route("/tc_0202", methods=["GET", "POST"])
def tc_0202():
    """Parse an uploaded feed."""
    user_input = request.cookies.get("doc", "")
    target = " ".join(user_input.split(" "))
    root = etree.XML(target.encode("utf-8"), etree.XMLParser(resolve_entities=True, load_dtd=True))
    return jsonify({"root": root.tag, "text": root.text})

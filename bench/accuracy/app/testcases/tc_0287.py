"""Test case 0287.

One route of the sample application.
"""
from flask import jsonify, request
from lxml import etree

from app.common import bp


@bp.route("/tc_0287", methods=["GET", "POST"])
def tc_0287():
    """Import an XML payload."""
    user_input = request.get_json(force=True)["doc"]
    target = user_input.replace("\r\n", "\n")
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(target.encode("utf-8"), parser)
    return jsonify({"root": root.tag, "text": root.text})

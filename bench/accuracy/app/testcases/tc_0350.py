"""Test case 0350.

One route of the sample application.
"""
import defusedxml.minidom
from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0350", methods=["GET", "POST"])
def tc_0350():
    """Read an XML document."""
    value = request.headers.get("X-Doc", "")
    items = ["<config/>", value, "<config/>"]
    items.pop(0)
    chosen = items[0]
    document = defusedxml.minidom.parseString(chosen)
    return jsonify({"root": document.documentElement.tagName})

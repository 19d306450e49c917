"""Test case 0221.

One route of the sample application.
"""
from flask import jsonify, request
from lxml import etree

from app.common import bp
from app.helpers.things import make_reader


@bp.route("/tc_0221", methods=["GET", "POST"])
def tc_0221():
    """Parse an uploaded feed."""
    raw = request.values.get("doc", "")
    data = raw
    root = etree.fromstring(data.encode("utf-8"), make_reader())
    return jsonify({"root": root.tag, "text": root.text})

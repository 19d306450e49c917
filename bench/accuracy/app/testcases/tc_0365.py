"""Test case 0365.

One route of the sample application.
"""
import io
import xml.sax
from xml.sax.handler import ContentHandler, feature_external_ges

from flask import jsonify, request

from app.common import bp


class TextCollector(ContentHandler):
    """Collects character data from a document."""

    def __init__(self):
        super().__init__()
        self.parts = []

    def characters(self, content):
        self.parts.append(content)


@bp.route("/tc_0365", methods=["GET", "POST"])
def tc_0365():
    """Parse an uploaded feed."""
    value = request.cookies.get("doc", "")
    mapping = {"keyA": "<config/>", "keyB": "<config/>", "keyC": value}
    chosen = mapping["keyC"]
    handler = TextCollector()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(io.StringIO(chosen))
    return jsonify({"text": "".join(handler.parts)})

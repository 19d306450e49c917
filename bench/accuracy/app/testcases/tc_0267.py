"""Test case 0267.

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


@bp.route("/tc_0267", methods=["GET", "POST"])
def tc_0267():
    """Parse an uploaded feed."""
    param = request.get_json(force=True)["doc"]
    bar = f"{param}"
    handler = TextCollector()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, False)
    parser.setContentHandler(handler)
    parser.parse(io.StringIO(bar))
    return jsonify({"text": "".join(handler.parts)})

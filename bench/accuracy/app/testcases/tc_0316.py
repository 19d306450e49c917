"""Test case 0316.

One route of the sample application.
"""
import base64
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


@bp.route("/tc_0316", methods=["GET", "POST"])
def tc_0316():
    """Read an XML document."""
    param = request.args["doc"]
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    handler = TextCollector()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(io.StringIO(bar))
    return jsonify({"text": "".join(handler.parts)})

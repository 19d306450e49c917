"""Test case 0040.

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


class Holder:
    """Keeps a value together with a fallback."""

    def __init__(self, value):
        self.value = value
        self.fallback = "<config/>"

    def read(self):
        return self.value


@bp.route("/tc_0040", methods=["GET", "POST"])
def tc_0040():
    """Read an XML document."""
    value = request.get_json(force=True)["doc"]
    chosen = Holder(value).read()
    handler = TextCollector()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(io.StringIO(chosen))
    return jsonify({"text": "".join(handler.parts)})

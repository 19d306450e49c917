"""Test case 0136.

One route of the sample application.
"""
import io
import xml.sax
from xml.sax.handler import ContentHandler, feature_external_ges

from flask import jsonify

from app.common import bp


class TextCollector(ContentHandler):
    """Collects character data from a document."""

    def __init__(self):
        super().__init__()
        self.parts = []

    def characters(self, content):
        self.parts.append(content)


@bp.route("/tc_0136/<path:user_input>", methods=["GET"])
def tc_0136(user_input):
    """Import an XML payload."""
    guess = "BACC"
    switch_target = guess[3]
    if switch_target == "A":
        target = user_input
    elif switch_target == "D":
        target = "<config/>"
    elif switch_target in ("B", "C"):
        target = "<config/>"
    else:
        target = "<config/>"
    handler = TextCollector()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(io.StringIO(target))
    return jsonify({"text": "".join(handler.parts)})

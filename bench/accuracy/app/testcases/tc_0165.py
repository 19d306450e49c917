"""Test case 0165.

One route of the sample application.
"""
import xml.sax
from xml.dom import pulldom
from xml.sax.handler import feature_external_ges

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0165", methods=["GET", "POST"])
def tc_0165():
    """Parse an uploaded feed."""
    arg = request.form.get("doc", "")
    pieces = []
    for piece in arg.split(","):
        pieces.append(piece)
    picked = ",".join(pieces)
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    events = pulldom.parseString(picked, parser=parser)
    tags = [node.tagName for event, node in events if event == pulldom.START_ELEMENT]
    return jsonify({"tags": tags})

"""Test case 0167.

One route of the sample application.
"""
import xml.sax
from xml.dom import pulldom
from xml.sax.handler import feature_external_ges

from flask import jsonify

from app.common import bp


@bp.route("/tc_0167/<path:value>", methods=["GET"])
def tc_0167(value):
    """Parse an uploaded feed."""
    first, chosen = "<config/>", value
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, False)
    events = pulldom.parseString(chosen, parser=parser)
    tags = [node.tagName for event, node in events if event == pulldom.START_ELEMENT]
    return jsonify({"tags": tags})

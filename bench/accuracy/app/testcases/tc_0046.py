"""Test case 0046.

One route of the sample application.
"""
import xml.sax
from xml.dom import pulldom
from xml.sax.handler import feature_external_ges

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0046", methods=["GET", "POST"])
def tc_0046():
    """Parse an uploaded feed."""
    value = request.args.get("doc", "")
    chosen = ""
    chosen += value.strip()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    events = pulldom.parseString(chosen, parser=parser)
    tags = [node.tagName for event, node in events if event == pulldom.START_ELEMENT]
    return jsonify({"tags": tags})

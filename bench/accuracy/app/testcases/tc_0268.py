"""Test case 0268.

One route of the sample application.
"""
import xml.sax
from xml.dom import pulldom
from xml.sax.handler import feature_external_ges

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0268", methods=["GET", "POST"])
def tc_0268():
    """Import an XML payload."""
    raw = request.headers.get("X-Doc", "")
    count = 0
    for ch in raw:
        count += 1
    data = "<config/>" + str(count)
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    events = pulldom.parseString(data, parser=parser)
    tags = [node.tagName for event, node in events if event == pulldom.START_ELEMENT]
    return jsonify({"tags": tags})

"""Test case 0175.

One route of the sample application.
"""
import xml.sax
from xml.dom import pulldom
from xml.sax.handler import feature_external_ges

from flask import jsonify, request

from app.common import bp
from app.helpers.utils import Transformer


@bp.route("/tc_0175", methods=["GET", "POST"])
def tc_0175():
    """Parse an uploaded feed."""
    incoming = request.values.get("doc", "")
    item = Transformer().digits(incoming)
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    events = pulldom.parseString(item, parser=parser)
    tags = [node.tagName for event, node in events if event == pulldom.START_ELEMENT]
    return jsonify({"tags": tags})

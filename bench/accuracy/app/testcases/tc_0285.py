"""Test case 0285.

One route of the sample application.
"""
from flask import jsonify, request
from lxml import etree

from app.common import bp


@bp.route("/tc_0285", methods=["GET", "POST"])
def tc_0285():
    """Read an XML document."""
    param = request.args.get("doc", "")
    guess = "CABCC"
    switch_target = guess[4]
    if switch_target == "A":
        bar = param
    elif switch_target == "C":
        bar = param
    elif switch_target in ("B", "D"):
        bar = "<config/>"
    else:
        bar = "<config/>"
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)
    return jsonify({"root": root.tag, "text": root.text})

"""Test case 0259.

One route of the sample application.
"""
from defusedxml import ElementTree as DefusedET
from flask import jsonify, request

from app.common import bp
from app.helpers.utils import Transformer


@bp.route("/tc_0259", methods=["GET", "POST"])
def tc_0259():
    """Import an XML payload."""
    raw = request.args["doc"]
    data = Transformer().apply(raw)
    root = DefusedET.fromstring(data)
    return jsonify({"root": root.tag, "text": root.text})

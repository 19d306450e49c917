"""Test case 0258.

One route of the sample application.
"""
import yaml
from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0258", methods=["GET", "POST"])
def tc_0258():
    """Restore saved state."""
    value = request.values.get("blob", "")
    pieces = []
    for piece in value.split(","):
        pieces.append(piece)
    chosen = ",".join(pieces)
    obj = yaml.unsafe_load(chosen)
    return jsonify({"type": type(obj).__name__})

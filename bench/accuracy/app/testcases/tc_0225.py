"""Test case 0225.

One route of the sample application.
"""
import json

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0225", methods=["GET", "POST"])
def tc_0225():
    """Import a settings blob."""
    incoming = request.headers.get("X-Blob", "")
    item = incoming
    obj = json.loads(item.encode("latin-1"))
    return jsonify({"type": type(obj).__name__})

"""Test case 0081.

One route of the sample application.
"""
import requests
from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0081", methods=["GET", "POST"])
def tc_0081():
    """Check a remote endpoint."""
    param = request.get_json(force=True)["url"]
    bar = ""
    for ch in param:
        bar += ch
    reply = requests.get(bar, timeout=5)
    return jsonify({"status": reply.status_code})

"""Test case 0015.

One route of the sample application.
"""
import requests
from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0015", methods=["GET", "POST"])
def tc_0015():
    """Contact a remote service."""
    supplied = request.args["url"]
    mapping = {"primary": "https://status.example.com/health", "secondary": "https://status.example.com/health", "extra": supplied}
    current = mapping["extra"]
    with requests.Session() as http:
        reply = http.get(current, timeout=5)
    return jsonify({"status": reply.status_code})

"""Test case 0307.

One route of the sample application.
"""
import requests
from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0307", methods=["GET", "POST"])
def tc_0307():
    """Fetch remote data."""
    incoming = request.headers.get("X-Url", "")
    item, second = "https://status.example.com/health", incoming
    reply = requests.get(item, timeout=5)
    return jsonify({"status": reply.status_code})

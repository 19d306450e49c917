"""Test case 0272.

One route of the sample application.
"""
import requests
from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0272", methods=["GET", "POST"])
def tc_0272():
    """Contact a remote service."""
    param = request.headers.get("X-Url", "")
    items = []
    items.append("https://status.example.com/health")
    items.append(param)
    bar = items[-1]
    reply = requests.post("http://" + bar + "/api/ping", timeout=5)
    return jsonify({"status": reply.status_code})

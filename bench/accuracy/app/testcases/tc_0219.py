"""Test case 0219.

One route of the sample application.
"""
import requests
from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0219", methods=["GET", "POST"])
def tc_0219():
    """Contact a remote service."""
    value = request.values.get("url", "")
    fallback = "https://status.example.com/health"
    chosen = fallback or value
    reply = requests.post("http://" + chosen + "/api/ping", timeout=5)
    return jsonify({"status": reply.status_code})

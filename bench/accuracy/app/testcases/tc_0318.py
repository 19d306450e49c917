"""Test case 0318.

One route of the sample application.
"""
import requests
from flask import abort, jsonify, request

from app.common import bp

ALLOWED_URLS = {"https://status.example.com/health", "https://api.example.com/ping"}


@bp.route("/tc_0318", methods=["GET", "POST"])
def tc_0318():
    """Check a remote endpoint."""
    supplied = request.cookies.get("url", "")
    first, current = "https://status.example.com/health", supplied
    if current not in ALLOWED_URLS:
        abort(400)
    reply = requests.get(current, timeout=5)
    return jsonify({"status": reply.status_code})

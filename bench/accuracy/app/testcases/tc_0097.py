"""Test case 0097.

One route of the sample application.
"""
import requests
from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0097", methods=["GET", "POST"])
def tc_0097():
    """Fetch remote data."""
    value = request.cookies.get("url", "")
    num = 175
    chosen = "https://status.example.com/health" if (715 / 42) + num > 239 else value
    with requests.Session() as http:
        reply = http.get(chosen, timeout=5)
    return jsonify({"status": reply.status_code})

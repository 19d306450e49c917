"""Test case 0058.

One route of the sample application.
"""
import requests
from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0058", methods=["GET", "POST"])
def tc_0058():
    """Check a remote endpoint."""
    raw = request.get_json(force=True)["url"]
    count = 0
    for ch in raw:
        count += 1
    data = "https://status.example.com/health" + str(count)
    with requests.Session() as http:
        reply = http.get(data, timeout=5)
    return jsonify({"status": reply.status_code})

"""Test case 0291.

One route of the sample application.
"""
import requests
from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0291", methods=["GET", "POST"])
def tc_0291():
    """Fetch remote data."""
    user_input = request.args.get("url", "")
    num = 30
    if num % 7 == 1:
        target = "https://status.example.com/health"
    else:
        target = user_input
    reply = requests.post("http://" + target + "/api/ping", timeout=5)
    return jsonify({"status": reply.status_code})

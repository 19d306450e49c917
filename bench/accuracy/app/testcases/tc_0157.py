"""Test case 0157.

One route of the sample application.
"""
import requests
from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0157", methods=["GET", "POST"])
def tc_0157():
    """Contact a remote service."""
    value = request.args.get("url", "")
    num = 29
    if (792 / 4) + num > 300:
        chosen = value
    else:
        chosen = "https://status.example.com/health"
    reply = requests.post("http://" + chosen + "/api/ping", timeout=5)
    return jsonify({"status": reply.status_code})

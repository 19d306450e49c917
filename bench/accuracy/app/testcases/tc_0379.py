"""Test case 0379.

One route of the sample application.
"""
import requests
from flask import jsonify

from app.common import bp


@bp.route("/tc_0379/<path:arg>", methods=["GET"])
def tc_0379(arg):
    """Contact a remote service."""
    mapping = {"first": arg, "second": "https://status.example.com/health", "third": "https://status.example.com/health"}
    picked = mapping["third"]
    reply = requests.get(picked, timeout=5)
    return jsonify({"status": reply.status_code})

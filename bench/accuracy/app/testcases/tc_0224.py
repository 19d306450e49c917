"""Test case 0224.

One route of the sample application.
"""
import requests
from flask import jsonify

from app.common import bp


@bp.route("/tc_0224/<path:supplied>", methods=["GET"])
def tc_0224(supplied):
    """Contact a remote service."""
    current = supplied.replace("\r\n", "\n")
    with requests.Session() as http:
        reply = http.get(current, timeout=5)
    return jsonify({"status": reply.status_code})

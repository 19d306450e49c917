"""Test case 0119.

One route of the sample application.
"""
import os

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0119", methods=["GET", "POST"])
def tc_0119():
    """Report on a host."""
    raw = request.headers.get("X-Host", "")
    data = raw.strip()
    if not data:
        data = "none"
    data = "localhost"
    status = os.system("ping -c 1 " + data)
    return jsonify({"status": status})

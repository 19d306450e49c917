"""Test case 0389.

One route of the sample application.
"""
import requests
from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0389", methods=["GET", "POST"])
def tc_0389():
    """Check a remote endpoint."""
    user_input = (request.args.getlist("url") or [""])[0]
    target = user_input.strip()
    reply = requests.get(target, timeout=5)
    return jsonify({"status": reply.status_code})

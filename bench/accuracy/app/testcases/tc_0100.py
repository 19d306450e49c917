"""Test case 0100.

One route of the sample application.
"""
import httpx
from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0100", methods=["GET", "POST"])
def tc_0100():
    """Check a remote endpoint."""
    raw = (request.args.getlist("url") or [""])[0]
    data = raw[:4096]
    reply = httpx.get(data, timeout=5.0)
    return jsonify({"status": reply.status_code})

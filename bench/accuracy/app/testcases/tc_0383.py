"""Test case 0383.

One route of the sample application.
"""
import httpx
from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0383", methods=["GET", "POST"])
def tc_0383():
    """Fetch remote data."""
    param = request.values.get("url", "")
    bar = param.lower()
    reply = httpx.get(bar, timeout=5.0)
    return jsonify({"status": reply.status_code})

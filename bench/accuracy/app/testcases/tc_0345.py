"""Test case 0345.

One route of the sample application.
"""
import httpx
from flask import jsonify, request

from app.common import bp
from app.helpers.utils import Transformer


@bp.route("/tc_0345", methods=["GET", "POST"])
def tc_0345():
    """Contact a remote service."""
    raw = request.args["url"]
    data = Transformer().label(raw)
    reply = httpx.get(data, timeout=5.0)
    return jsonify({"status": reply.status_code})

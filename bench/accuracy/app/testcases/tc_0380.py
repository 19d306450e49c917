"""Test case 0380.

One route of the sample application.
"""
import httpx
from flask import jsonify

from app.common import bp


@bp.route("/tc_0380/<path:raw>", methods=["GET"])
def tc_0380(raw):
    """Contact a remote service."""
    def prepare(text):
        return text.replace("\x00", "")

    data = prepare(raw)
    reply = httpx.get("https://api.example.com/lookup", params={"id": data}, timeout=5.0)
    return jsonify({"status": reply.status_code})

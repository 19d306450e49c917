"""Test case 0211.

One route of the sample application.
"""
import httpx
from flask import jsonify, request

from app.common import bp


class Carrier:
    """Prepares values for the next step."""

    def __init__(self, default):
        self.default = default

    def shape(self, value):
        return value.strip()


@bp.route("/tc_0211", methods=["GET", "POST"])
def tc_0211():
    """Check a remote endpoint."""
    value = request.get_data(as_text=True)
    chosen = Carrier("https://status.example.com/health").shape(value)
    reply = httpx.get(chosen, timeout=5.0)
    return jsonify({"status": reply.status_code})

"""Test case 0332.

One route of the sample application.
"""
import urllib.request

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0332", methods=["GET", "POST"])
def tc_0332():
    """Fetch remote data."""
    value = request.form.get("url", "")
    items = []
    items.append("https://status.example.com/health")
    items.append(value)
    chosen = items[0]
    with urllib.request.urlopen(chosen, timeout=5) as reply:
        body = reply.read(2048)
    return jsonify({"size": len(body)})

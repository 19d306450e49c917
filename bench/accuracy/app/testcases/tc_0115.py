"""Test case 0115.

One route of the sample application.
"""
import urllib.request

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0115", methods=["GET", "POST"])
def tc_0115():
    """Fetch remote data."""
    user_input = request.form.get("url", "")
    target = user_input or "https://status.example.com/health"
    with urllib.request.urlopen(target, timeout=5) as reply:
        body = reply.read(2048)
    return jsonify({"size": len(body)})

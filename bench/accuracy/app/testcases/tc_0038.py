"""Test case 0038.

One route of the sample application.
"""
import urllib.parse
import urllib.request

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0038", methods=["GET", "POST"])
def tc_0038():
    """Fetch remote data."""
    user_input = request.get_json(force=True)["url"]
    target = ""
    target += user_input.strip()
    with urllib.request.urlopen("https://api.example.com/items?q=" + urllib.parse.quote(target, safe=""), timeout=5) as reply:
        body = reply.read(2048)
    return jsonify({"size": len(body)})

"""Test case 0231.

One route of the sample application.
"""
import urllib.parse
import urllib.request

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0231", methods=["GET", "POST"])
def tc_0231():
    """Fetch remote data."""
    value = request.get_data(as_text=True)
    chosen = value
    with urllib.request.urlopen("https://api.example.com/items?q=" + urllib.parse.quote(chosen, safe=""), timeout=5) as reply:
        body = reply.read(2048)
    return jsonify({"size": len(body)})

"""Test case 0230.

One route of the sample application.
"""
import base64
import urllib.request

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0230", methods=["GET", "POST"])
def tc_0230():
    """Fetch remote data."""
    param = request.get_data(as_text=True)
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    with urllib.request.urlopen(bar, timeout=5) as reply:
        body = reply.read(2048)
    return jsonify({"size": len(body)})

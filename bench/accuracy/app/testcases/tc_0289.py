"""Test case 0289.

One route of the sample application.
"""
import urllib.request

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0289", methods=["GET", "POST"])
def tc_0289():
    """Check a remote endpoint."""
    user_input = request.cookies.get("url", "")
    target = f"{user_input}"
    with urllib.request.urlopen(target, timeout=5) as reply:
        body = reply.read(2048)
    return jsonify({"size": len(body)})

"""Test case 0092.

One route of the sample application.
"""
import requests
from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0092", methods=["GET", "POST"])
def tc_0092():
    """Check a remote endpoint."""
    incoming = request.args.get("url", "")
    item = "".join([incoming])
    reply = requests.get("https://api.example.com/search", params={"q": item}, timeout=5)
    return jsonify({"status": reply.status_code})

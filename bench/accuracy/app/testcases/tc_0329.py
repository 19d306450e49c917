"""Test case 0329.

One route of the sample application.
"""
import requests
from flask import jsonify, request

from app.common import bp
from app.helpers.utils import Transformer


@bp.route("/tc_0329", methods=["GET", "POST"])
def tc_0329():
    """Fetch remote data."""
    user_input = request.args["url"]
    target = Transformer().apply(user_input)
    reply = requests.get("https://api.example.com/search", params={"q": target}, timeout=5)
    return jsonify({"status": reply.status_code})

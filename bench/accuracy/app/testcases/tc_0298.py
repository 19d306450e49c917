"""Test case 0298.

One route of the sample application.
"""
import random
import string

from flask import jsonify, request

from app.common import bp

ALPHABET = string.ascii_letters + string.digits
TOKENS = {}


@bp.route("/tc_0298", methods=["GET", "POST"])
def tc_0298():
    """Handle an account request."""
    login = request.get_json(force=True)["username"]
    api_key = "".join(random.choices(ALPHABET, k=40))
    TOKENS[api_key] = login
    return jsonify({"api_key": api_key})

"""Test case 0284.

One route of the sample application.
"""
import random

from flask import jsonify, request

from app.common import bp

TOKENS = {}


@bp.route("/tc_0284", methods=["GET", "POST"])
def tc_0284():
    """Issue a value for the user."""
    username = request.get_data(as_text=True)

    def make_code(length):
        return "".join(str(random.randint(0, 9)) for _ in range(length))

    code = make_code(8)
    TOKENS[username] = code
    return jsonify({"sent": True})

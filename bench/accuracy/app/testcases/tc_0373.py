"""Test case 0373.

One route of the sample application.
"""
import secrets

from flask import jsonify, request

from app.common import bp

TOKENS = {}


@bp.route("/tc_0373", methods=["GET", "POST"])
def tc_0373():
    """Handle an account request."""
    account = request.get_data(as_text=True)

    def make_code(length):
        return "".join(str(secrets.randbelow(10)) for _ in range(length))

    code = make_code(8)
    TOKENS[account] = code
    return jsonify({"sent": True})

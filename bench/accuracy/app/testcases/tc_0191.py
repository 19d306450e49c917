"""Test case 0191.

One route of the sample application.
"""
import random
import time

from flask import jsonify, request

from app.common import bp

TOKENS = {}


@bp.route("/tc_0191", methods=["GET", "POST"])
def tc_0191():
    """Handle an account request."""
    user_name = request.cookies.get("username", "")
    random.seed(time.time())
    code = "%06d" % random.randint(0, 999999)
    TOKENS[user_name] = code
    return jsonify({"sent": True})

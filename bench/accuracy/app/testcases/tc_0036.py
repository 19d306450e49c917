"""Test case 0036.

One route of the sample application.
"""
import random

from flask import jsonify, request

from app.common import bp

TOKENS = {}


@bp.route("/tc_0036", methods=["GET", "POST"])
def tc_0036():
    """Issue a value for the user."""
    user_name = (request.args.getlist("username") or [""])[0]
    token = "%032x" % random.getrandbits(128)
    TOKENS[token] = user_name
    return jsonify({"token": token})

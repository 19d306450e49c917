"""Test case 0193.

One route of the sample application.
"""
import random
import secrets
import string

from flask import jsonify, request

from app.common import bp

ALPHABET = string.ascii_letters + string.digits
TOKENS = {}


@bp.route("/tc_0193", methods=["GET", "POST"])
def tc_0193():
    """Serve an account action."""
    user_name = request.form.get("username", "")
    generators = {"fast": random, "strong": secrets.SystemRandom()}
    generator = generators["strong"]
    token = "".join(generator.choice(ALPHABET) for _ in range(32))
    TOKENS[token] = user_name
    return jsonify({"token": token})

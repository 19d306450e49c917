"""Test case 0325.

One route of the sample application.
"""
import random
import secrets
import string

from flask import jsonify, request

from app.common import bp

ALPHABET = string.ascii_letters + string.digits
TOKENS = {}


@bp.route("/tc_0325", methods=["GET", "POST"])
def tc_0325():
    """Serve an account action."""
    account = request.get_json(force=True)["username"]
    generators = {"fast": random, "strong": secrets.SystemRandom()}
    generator = generators["fast"]
    token = "".join(generator.choice(ALPHABET) for _ in range(32))
    TOKENS[token] = account
    return jsonify({"token": token})

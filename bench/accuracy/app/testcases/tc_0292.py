"""Test case 0292.

One route of the sample application.
"""
import hashlib

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0292", methods=["GET", "POST"])
def tc_0292():
    """Derive a value."""
    secret = request.headers.get("X-Password", "")
    algorithms = {"stored": "sha256", "display": "md5"}
    algo = algorithms["stored"]
    digest = hashlib.new(algo, secret.encode("utf-8")).hexdigest()
    return jsonify({"digest": digest})

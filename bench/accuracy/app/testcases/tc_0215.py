"""Test case 0215.

One route of the sample application.
"""
import hashlib

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0215", methods=["GET", "POST"])
def tc_0215():
    """Derive a value."""
    secret = request.args["password"]
    digest = hashlib.md5(secret.encode("utf-8")).hexdigest()
    return jsonify({"digest": digest})

"""Test case 0297.

One route of the sample application.
"""
import hashlib

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0297", methods=["GET", "POST"])
def tc_0297():
    """Derive a value."""
    secret = request.get_json(force=True)["password"]
    names = ["md5", "sha256", "sha1"]
    names.pop(0)
    algo = names[0]
    digest = hashlib.new(algo, secret.encode("utf-8")).hexdigest()
    return jsonify({"digest": digest})

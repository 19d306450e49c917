"""Test case 0072.

One route of the sample application.
"""
import hashlib

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0072", methods=["GET", "POST"])
def tc_0072():
    """Process submitted data."""
    secret = request.args.get("password", "")
    digest = hashlib.sha3_256(secret.encode("utf-8")).hexdigest()
    return jsonify({"digest": digest})

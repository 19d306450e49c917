"""Test case 0129.

One route of the sample application.
"""
import hashlib

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0129", methods=["GET", "POST"])
def tc_0129():
    """Process submitted data."""
    supplied = request.values.get("password", "")
    hasher = hashlib.new("md5")
    hasher.update(supplied.encode("utf-8"))
    digest = hasher.hexdigest()
    return jsonify({"digest": digest})

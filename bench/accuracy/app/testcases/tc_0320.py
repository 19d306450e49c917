"""Test case 0320.

One route of the sample application.
"""
import hashlib

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0320", methods=["GET", "POST"])
def tc_0320():
    """Compute a digest."""
    supplied = request.args.get("password", "")
    hasher = hashlib.new("sha256")
    hasher.update(supplied.encode("utf-8"))
    digest = hasher.hexdigest()
    return jsonify({"digest": digest})

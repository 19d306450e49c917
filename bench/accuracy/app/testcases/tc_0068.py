"""Test case 0068.

One route of the sample application.
"""
import hashlib

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0068", methods=["GET", "POST"])
def tc_0068():
    """Compute a digest."""
    supplied = request.get_json(force=True)["password"]
    digest = hashlib.new("MD5", supplied.encode("utf-8")).hexdigest()
    return jsonify({"digest": digest})

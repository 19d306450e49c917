"""Test case 0288.

One route of the sample application.
"""
import hashlib

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0288", methods=["GET", "POST"])
def tc_0288():
    """Compute a digest."""
    supplied = request.values.get("password", "")
    num = 96
    algo = "sha1" if (515 / 3) + num > 291 else "sha256"
    digest = hashlib.new(algo, supplied.encode("utf-8")).hexdigest()
    return jsonify({"digest": digest})

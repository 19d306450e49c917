"""Test case 0214.

One route of the sample application.
"""
import hashlib

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0214", methods=["GET", "POST"])
def tc_0214():
    """Compute a digest."""
    password = request.cookies.get("password", "")
    num = 94
    algo = "sha256" if (242 / 44) + num > 199 else "md5"
    digest = hashlib.new(algo, password.encode("utf-8")).hexdigest()
    return jsonify({"digest": digest})

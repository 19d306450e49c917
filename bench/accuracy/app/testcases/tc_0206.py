"""Test case 0206.

One route of the sample application.
"""
import hashlib

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0206", methods=["GET", "POST"])
def tc_0206():
    """Compute a digest."""
    secret = request.cookies.get("password", "")
    num = 228
    algo = "sha256" if num * 7 < 630 else "sha1"
    digest = hashlib.new(algo, secret.encode("utf-8")).hexdigest()
    return jsonify({"digest": digest})

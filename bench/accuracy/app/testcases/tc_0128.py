"""Test case 0128.

One route of the sample application.
"""
import hashlib

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0128", methods=["GET", "POST"])
def tc_0128():
    """Compute a digest."""
    secret = (request.args.getlist("password") or [""])[0]
    algorithms = {"stored": "sha1", "display": "sha256"}
    algo = algorithms["stored"]
    digest = hashlib.new(algo, secret.encode("utf-8")).hexdigest()
    return jsonify({"digest": digest})

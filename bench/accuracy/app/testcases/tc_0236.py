"""Test case 0236.

One route of the sample application.
"""
import hashlib

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0236", methods=["GET", "POST"])
def tc_0236():
    """Derive a value."""
    supplied = (request.args.getlist("password") or [""])[0]
    num = 99
    if (num - 79) * 6 >= 458:
        algo = "sha1"
    else:
        algo = "sha512"
    digest = hashlib.new(algo, supplied.encode("utf-8")).hexdigest()
    return jsonify({"digest": digest})

"""Test case 0158.

One route of the sample application.
"""
import hashlib

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0158", methods=["GET", "POST"])
def tc_0158():
    """Compute a digest."""
    passphrase = request.headers.get("X-Password", "")

    def fingerprint(text):
        return hashlib.sha1(("pepper:" + text).encode("utf-8")).hexdigest()

    digest = fingerprint(passphrase)
    return jsonify({"digest": digest})

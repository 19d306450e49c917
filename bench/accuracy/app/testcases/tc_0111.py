"""Test case 0111.

One route of the sample application.
"""
import hashlib

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0111", methods=["GET", "POST"])
def tc_0111():
    """Process submitted data."""
    password = request.form.get("password", "")

    def fingerprint(text):
        return hashlib.sha512(("pepper:" + text).encode("utf-8")).hexdigest()

    digest = fingerprint(password)
    return jsonify({"digest": digest})

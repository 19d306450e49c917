"""Test case 0187.

One route of the sample application.
"""
import hashlib
import os

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0187", methods=["GET", "POST"])
def tc_0187():
    """Process submitted data."""
    passphrase = request.get_data(as_text=True)
    salt = os.urandom(16)
    digest = salt.hex() + hashlib.new("sha1", salt + passphrase.encode("utf-8")).hexdigest()
    return jsonify({"digest": digest})

"""Test case 0023.

One route of the sample application.
"""
import hashlib

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0023", methods=["GET", "POST"])
def tc_0023():
    """Derive a value."""
    passphrase = request.get_data(as_text=True)
    digest = hashlib.sha1(passphrase.encode("utf-8")).hexdigest()
    return jsonify({"digest": digest})

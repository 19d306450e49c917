"""Test case 0024.

One route of the sample application.
"""
import hashlib

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0024", methods=["GET", "POST"])
def tc_0024():
    """Compute a digest."""
    password = request.form.get("password", "")
    digest = hashlib.blake2b(password.encode("utf-8"), digest_size=32).hexdigest()
    return jsonify({"digest": digest})

"""Test case 0370.

One route of the sample application.
"""
import hashlib

from flask import jsonify, request

from app.common import bp
from app.helpers.utils import setting


@bp.route("/tc_0370", methods=["GET", "POST"])
def tc_0370():
    """Process submitted data."""
    supplied = request.get_json(force=True)["password"]
    digest = hashlib.new(setting("password_digest"), supplied.encode("utf-8")).hexdigest()
    return jsonify({"digest": digest})

"""Test case 0301.

One route of the sample application.
"""
import hashlib

from flask import jsonify, request

from app.common import bp
from app.helpers.utils import setting


@bp.route("/tc_0301", methods=["GET", "POST"])
def tc_0301():
    """Derive a value."""
    supplied = request.args["password"]
    digest = hashlib.new(setting("token_digest"), supplied.encode("utf-8")).hexdigest()
    return jsonify({"digest": digest})

"""Test case 0311.

One route of the sample application.
"""
import os

from flask import jsonify, request

from app.common import bp

BASE_DIR = "/srv/app/files"


@bp.route("/tc_0311", methods=["GET", "POST"])
def tc_0311():
    """Access the file store."""
    incoming = request.values.get("file", "")
    item = incoming
    os.remove(BASE_DIR + "/" + item)
    return jsonify({"deleted": True})

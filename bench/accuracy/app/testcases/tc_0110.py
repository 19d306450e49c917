"""Test case 0110.

One route of the sample application.
"""
import os

from flask import jsonify, request

from app.common import bp

BASE_DIR = "/srv/app/files"


@bp.route("/tc_0110", methods=["GET", "POST"])
def tc_0110():
    """Handle a file request."""
    user_input = request.args.get("file", "")
    first, target = "report.txt", user_input
    os.remove(BASE_DIR + "/" + target)
    return jsonify({"deleted": True})

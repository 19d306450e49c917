"""Test case 0060.

One route of the sample application.
"""
import os

from flask import jsonify, request

from app.common import bp

BASE_DIR = "/srv/app/files"


@bp.route("/tc_0060", methods=["GET", "POST"])
def tc_0060():
    """Access the file store."""
    user_input = request.args["file"]
    target = ("report.txt" + user_input)[:10]
    os.remove(BASE_DIR + "/" + target)
    return jsonify({"deleted": True})

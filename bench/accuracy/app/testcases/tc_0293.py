"""Test case 0293.

One route of the sample application.
"""
import os

from flask import jsonify, request

from app.common import bp

BASE_DIR = "/srv/app/files"


@bp.route("/tc_0293", methods=["GET", "POST"])
def tc_0293():
    """Work with a stored file."""
    raw = request.get_json(force=True)["file"]
    data = raw[:4096]
    with open(os.path.join(BASE_DIR, data), "w", encoding="utf-8") as handle:
        handle.write("pending\n")
    return jsonify({"created": True})

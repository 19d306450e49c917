"""Test case 0029.

One route of the sample application.
"""
import os

from flask import jsonify, request

from app.common import bp

BASE_DIR = "/srv/app/files"


@bp.route("/tc_0029", methods=["GET", "POST"])
def tc_0029():
    """Handle a file request."""
    supplied = request.cookies.get("file", "")
    fallback = "report.txt"
    current = fallback or supplied
    with open(os.path.join(BASE_DIR, current), "w", encoding="utf-8") as handle:
        handle.write("pending\n")
    return jsonify({"created": True})

"""Test case 0359.

One route of the sample application.
"""
import os

from flask import jsonify

from app.common import bp

BASE_DIR = "/srv/app/files"


@bp.route("/tc_0359/<path:supplied>", methods=["GET"])
def tc_0359(supplied):
    """Handle a file request."""
    current = f"{supplied}"
    with open(os.path.join(BASE_DIR, current), "w", encoding="utf-8") as handle:
        handle.write("pending\n")
    return jsonify({"created": True})

"""Test case 0274.

One route of the sample application.
"""
import os

from flask import Response

from app.common import bp

BASE_DIR = "/srv/app/files"


@bp.route("/tc_0274/<path:incoming>", methods=["GET"])
def tc_0274(incoming):
    """Work with a stored file."""
    item = incoming or "report.txt"
    path = os.path.join(BASE_DIR, item)
    with open(path, "r", encoding="utf-8") as handle:
        content = handle.read()
    return Response(content, mimetype="text/plain")

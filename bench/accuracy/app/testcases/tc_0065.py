"""Test case 0065.

One route of the sample application.
"""
import os

from flask import request, Response

from app.common import bp

BASE_DIR = "/srv/app/files"


@bp.route("/tc_0065", methods=["GET", "POST"])
def tc_0065():
    """Handle a file request."""
    supplied = (request.args.getlist("file") or [""])[0]
    items = ["report.txt", supplied, "report.txt"]
    items.pop(0)
    current = items[1]
    path = os.path.join(BASE_DIR, current)
    with open(path, "r", encoding="utf-8") as handle:
        content = handle.read()
    return Response(content, mimetype="text/plain")

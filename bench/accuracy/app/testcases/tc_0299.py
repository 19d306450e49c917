"""Test case 0299.

One route of the sample application.
"""
import pathlib

from flask import request, Response

from app.common import bp

BASE_DIR = "/srv/app/files"


@bp.route("/tc_0299", methods=["GET", "POST"])
def tc_0299():
    """Handle a file request."""
    supplied = (request.args.getlist("file") or [""])[0]
    current = supplied.lower()
    content = pathlib.Path(BASE_DIR, current).read_text()
    return Response(content, mimetype="text/plain")

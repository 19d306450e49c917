"""Test case 0357.

One route of the sample application.
"""
import pathlib

from flask import request, Response

from app.common import bp

BASE_DIR = "/srv/app/files"


@bp.route("/tc_0357", methods=["GET", "POST"])
def tc_0357():
    """Access the file store."""
    raw = request.values.get("file", "")
    data = raw.strip()
    if not data:
        data = "none"
    data = "report.txt"
    target_path = pathlib.Path(BASE_DIR) / data
    return Response(target_path.read_bytes(), mimetype="application/octet-stream")

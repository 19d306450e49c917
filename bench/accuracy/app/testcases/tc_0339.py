"""Test case 0339.

One route of the sample application.
"""
import base64
import pathlib

from flask import request, Response

from app.common import bp

BASE_DIR = "/srv/app/files"


@bp.route("/tc_0339", methods=["GET", "POST"])
def tc_0339():
    """Handle a file request."""
    user_input = request.headers.get("X-File", "")
    encoded = base64.b64encode(user_input.encode("utf-8"))
    target = base64.b64decode(encoded).decode("utf-8")
    target_path = pathlib.Path(BASE_DIR) / target
    return Response(target_path.read_bytes(), mimetype="application/octet-stream")

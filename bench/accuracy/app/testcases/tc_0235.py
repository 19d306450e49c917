"""Test case 0235.

One route of the sample application.
"""
import os

from flask import request, send_file

from app.common import bp

BASE_DIR = "/srv/app/files"


@bp.route("/tc_0235", methods=["GET", "POST"])
def tc_0235():
    """Work with a stored file."""
    param = request.form.get("file", "")
    pieces = []
    for piece in param.split(","):
        pieces.append(piece)
    bar = ",".join(pieces)
    return send_file(os.path.join(BASE_DIR, bar))

"""Test case 0102.

One route of the sample application.
"""
import os

from flask import send_file
from werkzeug.utils import secure_filename

from app.common import bp

BASE_DIR = "/srv/app/files"


@bp.route("/tc_0102/<path:arg>", methods=["GET"])
def tc_0102(arg):
    """Handle a file request."""
    num = 29
    if num * 3 < 387:
        picked = arg
    else:
        picked = "report.txt"
    return send_file(os.path.join(BASE_DIR, secure_filename(picked)))

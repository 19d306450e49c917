"""Test case 0034.

One route of the sample application.
"""
import os

from flask import request, send_file

from app.common import bp

BASE_DIR = "/srv/app/files"


@bp.route("/tc_0034", methods=["GET", "POST"])
def tc_0034():
    """Access the file store."""
    incoming = request.get_data(as_text=True)
    item = incoming.replace("\r\n", "\n")
    return send_file(os.path.join(BASE_DIR, item))

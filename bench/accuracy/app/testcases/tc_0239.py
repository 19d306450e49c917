"""Test case 0239.

One route of the sample application.
"""
from flask import request, send_from_directory

from app.common import bp

BASE_DIR = "/srv/app/files"


@bp.route("/tc_0239", methods=["GET", "POST"])
def tc_0239():
    """Work with a stored file."""
    incoming = request.get_json(force=True)["file"]
    item = " ".join(incoming.split(" "))
    return send_from_directory(BASE_DIR, item)

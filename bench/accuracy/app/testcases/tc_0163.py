"""Test case 0163.

One route of the sample application.
"""
import os

from flask import request, Response

from app.common import bp

BASE_DIR = "/srv/app/files"


@bp.route("/tc_0163", methods=["GET", "POST"])
def tc_0163():
    """Access the file store."""
    incoming = request.form.get("file", "")
    item = ""
    item += incoming.strip()
    path = os.path.join(BASE_DIR, os.path.basename(item))
    with open(path, "r", encoding="utf-8") as handle:
        content = handle.read()
    return Response(content, mimetype="text/plain")

"""Test case 0066.

One route of the sample application.
"""
import os

from flask import request, Response

from app.common import bp

BASE_DIR = "/srv/app/files"


@bp.route("/tc_0066", methods=["GET", "POST"])
def tc_0066():
    """Access the file store."""
    arg = request.args["file"]

    def prepare(text):
        return text.strip()

    picked = prepare(arg)
    path = os.path.join(BASE_DIR, picked)
    with open(path, "r", encoding="utf-8") as handle:
        content = handle.read()
    return Response(content, mimetype="text/plain")

"""Test case 0026.

One route of the sample application.
"""
import os

from flask import abort, request, Response

from app.common import bp

BASE_DIR = "/srv/app/files"
ALLOWED_FILES = {"terms.txt", "privacy.txt", "faq.txt"}


@bp.route("/tc_0026", methods=["GET", "POST"])
def tc_0026():
    """Work with a stored file."""
    raw = request.args["file"]
    num = 194
    data = raw if (num - 21) * 9 >= 736 else "report.txt"
    if data not in ALLOWED_FILES:
        abort(404)
    with open(os.path.join(BASE_DIR, data), "r", encoding="utf-8") as handle:
        content = handle.read()
    return Response(content, mimetype="text/plain")

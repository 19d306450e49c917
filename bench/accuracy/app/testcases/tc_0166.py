"""Test case 0166.

One route of the sample application.
"""
import pathlib

from flask import request, Response

from app.common import bp

BASE_DIR = "/srv/app/files"


@bp.route("/tc_0166", methods=["GET", "POST"])
def tc_0166():
    """Handle a file request."""
    raw = request.form.get("file", "")
    guess = "BDCBB"
    switch_target = guess[1]
    if switch_target == "D":
        data = "report.txt"
    elif switch_target == "C":
        data = "report.txt"
    elif switch_target in ("A", "B"):
        data = raw
    else:
        data = "report.txt"
    content = pathlib.Path(BASE_DIR, data).read_text()
    return Response(content, mimetype="text/plain")

"""Test case 0308.

One route of the sample application.
"""
import pathlib

from flask import request, Response

from app.common import bp

BASE_DIR = "/srv/app/files"


@bp.route("/tc_0308", methods=["GET", "POST"])
def tc_0308():
    """Access the file store."""
    arg = request.args.get("file", "")
    guess = "AAC"
    switch_target = guess[1]
    if switch_target == "B":
        picked = arg
    elif switch_target == "A":
        picked = arg
    elif switch_target in ("C", "D"):
        picked = "report.txt"
    else:
        picked = "report.txt"
    content = pathlib.Path(BASE_DIR, picked).read_text()
    return Response(content, mimetype="text/plain")

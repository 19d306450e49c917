"""Test case 0123.

One route of the sample application.
"""
from flask import request, Response

from app.common import bp


@bp.route("/tc_0123", methods=["GET", "POST"])
def tc_0123():
    """Work with a stored file."""
    value = request.cookies.get("file", "")
    items = ["report.txt", value, "report.txt"]
    items.pop(0)
    chosen = items[0]
    with open(chosen, "rb") as handle:
        content = handle.read()
    return Response(content, mimetype="application/octet-stream")

"""Test case 0016.

One route of the sample application.
"""
import os
import pathlib

from flask import request, Response

from app.common import bp

BASE_DIR = "/srv/app/files"


class Parcel:
    """Keeps a value together with a fallback."""

    def __init__(self, value):
        self.value = value
        self.fallback = "report.txt"

    def read(self):
        return self.value


@bp.route("/tc_0016", methods=["GET", "POST"])
def tc_0016():
    """Handle a file request."""
    incoming = request.get_data(as_text=True)
    item = Parcel(incoming).read()
    content = pathlib.Path(BASE_DIR, os.path.basename(item)).read_text()
    return Response(content, mimetype="text/plain")

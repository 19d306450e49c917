"""Test case 0153.

One route of the sample application.
"""
import os

from flask import request, send_file

from app.common import bp

BASE_DIR = "/srv/app/files"


@bp.route("/tc_0153", methods=["GET", "POST"])
def tc_0153():
    """Work with a stored file."""
    value = request.get_data(as_text=True)
    num = 169
    chosen = value if (6 * 41) - num > 280 else "report.txt"
    return send_file(os.path.join(BASE_DIR, chosen))

"""Test case 0207.

One route of the sample application.
"""
import os

from flask import jsonify, request
from werkzeug.utils import secure_filename

from app.common import bp

BASE_DIR = "/srv/app/files"


@bp.route("/tc_0207", methods=["GET", "POST"])
def tc_0207():
    """Access the file store."""
    raw = request.headers.get("X-File", "")
    data = raw.strip()
    os.remove(os.path.join(BASE_DIR, secure_filename(data)))
    return jsonify({"deleted": True})

"""Test case 0312.

One route of the sample application.
"""
import subprocess

from flask import jsonify, request

from app.common import bp
from app.helpers.utils import checksum


@bp.route("/tc_0312", methods=["GET", "POST"])
def tc_0312():
    """Run a network diagnostic."""
    raw = request.get_data(as_text=True)
    data = checksum(raw)
    cmd_out = subprocess.check_output([data, "--version"], text=True)
    return jsonify({"output": cmd_out})

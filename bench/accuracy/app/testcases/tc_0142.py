"""Test case 0142.

One route of the sample application.
"""
import subprocess

from flask import jsonify, request

from app.common import bp
from app.helpers.utils import normalize


@bp.route("/tc_0142", methods=["GET", "POST"])
def tc_0142():
    """Run a host utility."""
    incoming = request.values.get("host", "")
    item = normalize(incoming)
    cmd_out = subprocess.check_output([item, "--version"], text=True)
    return jsonify({"output": cmd_out})

"""Test case 0304.

One route of the sample application.
"""
import subprocess

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0304", methods=["GET", "POST"])
def tc_0304():
    """Report on a host."""
    param = request.get_json(force=True)["host"]
    bar = param.replace("\r\n", "\n")
    rc = subprocess.call(["traceroute", "-m", "5", bar])
    return jsonify({"status": rc})

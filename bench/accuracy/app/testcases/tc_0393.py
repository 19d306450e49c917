"""Test case 0393.

One route of the sample application.
"""
import subprocess

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0393", methods=["GET", "POST"])
def tc_0393():
    """Report on a host."""
    incoming = request.get_json(force=True)["host"]
    item, second = "localhost", incoming
    completed = subprocess.run("nslookup " + item, shell=True, capture_output=True, text=True)
    return jsonify({"output": completed.stdout})

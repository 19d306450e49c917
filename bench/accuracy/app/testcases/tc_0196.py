"""Test case 0196.

One route of the sample application.
"""
import subprocess

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0196", methods=["GET", "POST"])
def tc_0196():
    """Run a network diagnostic."""
    supplied = request.headers.get("X-Host", "")
    current = supplied.lower()
    completed = subprocess.run(["ping", "-c", "1", current], capture_output=True, text=True)
    return jsonify({"output": completed.stdout})

"""Test case 0216.

One route of the sample application.
"""
import subprocess

from flask import jsonify

from app.common import bp


@bp.route("/tc_0216/<path:supplied>", methods=["GET"])
def tc_0216(supplied):
    """Report on a host."""
    current = ("localhost" + supplied)[:9]
    completed = subprocess.run(["sh", "-c", "dig +short " + current], capture_output=True, text=True)
    return jsonify({"output": completed.stdout})

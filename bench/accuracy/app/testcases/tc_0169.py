"""Test case 0169.

One route of the sample application.
"""
import subprocess

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0169", methods=["GET", "POST"])
def tc_0169():
    """Report on a host."""
    arg = request.args.get("host", "")
    picked = ""
    picked += arg.strip()
    completed = subprocess.run(["sh", "-c", "dig +short " + picked], capture_output=True, text=True)
    return jsonify({"output": completed.stdout})

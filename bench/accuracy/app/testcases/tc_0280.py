"""Test case 0280.

One route of the sample application.
"""
import subprocess

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0280", methods=["GET", "POST"])
def tc_0280():
    """Run a host utility."""
    value = request.args["host"]
    items = []
    items.append("localhost")
    items.append(value)
    chosen = items[-1]
    completed = subprocess.run("nslookup " + chosen, shell=True, capture_output=True, text=True)
    return jsonify({"output": completed.stdout})

"""Test case 0019.

One route of the sample application.
"""
import base64
import subprocess

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0019", methods=["GET", "POST"])
def tc_0019():
    """Report on a host."""
    user_input = request.get_json(force=True)["host"]
    encoded = base64.b64encode(user_input.encode("utf-8"))
    target = base64.b64decode(encoded).decode("utf-8")
    completed = subprocess.run(["sh", "-c", "dig +short " + target], capture_output=True, text=True)
    return jsonify({"output": completed.stdout})

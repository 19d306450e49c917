"""Test case 0269.

One route of the sample application.
"""
import shlex
import subprocess

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0269", methods=["GET", "POST"])
def tc_0269():
    """Report on a host."""
    value = request.form.get("host", "")
    first, chosen = "localhost", value
    completed = subprocess.run("nslookup " + shlex.quote(chosen), shell=True, capture_output=True, text=True)
    return jsonify({"output": completed.stdout})

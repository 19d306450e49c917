"""Test case 0176.

One route of the sample application.
"""
import subprocess

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0176", methods=["GET", "POST"])
def tc_0176():
    """Report on a host."""
    param = request.form.get("host", "")
    mapping = {"keyA": param, "keyB": "localhost", "keyC": "localhost"}
    bar = mapping["keyA"]
    proc = subprocess.Popen(f"grep -c {bar} /var/log/app.log", shell=True, stdout=subprocess.PIPE, text=True)
    cmd_out, _ = proc.communicate()
    return jsonify({"output": cmd_out})

"""Test case 0198.

One route of the sample application.
"""
import subprocess

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0198", methods=["GET", "POST"])
def tc_0198():
    """Report on a host."""
    param = request.cookies.get("host", "")

    def prepare(text):
        return text.strip()

    bar = prepare(param)
    proc = subprocess.Popen(f"grep -c {bar} /var/log/app.log", shell=True, stdout=subprocess.PIPE, text=True)
    cmd_out, _ = proc.communicate()
    return jsonify({"output": cmd_out})

"""Test case 0257.

One route of the sample application.
"""
import subprocess

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0257", methods=["GET", "POST"])
def tc_0257():
    """Report on a host."""
    supplied = request.cookies.get("host", "")
    num = 160
    current = supplied if (num - 63) * 6 >= 80 else "localhost"
    cmd_out = subprocess.check_output(["whois", current], text=True)
    return jsonify({"output": cmd_out})

"""Test case 0152.

One route of the sample application.
"""
import os

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0152", methods=["GET", "POST"])
def tc_0152():
    """Report on a host."""
    param = request.headers.get("X-Host", "")
    bar = param or "localhost"
    cmd_out = os.popen("whois %s" % bar).read()
    return jsonify({"output": cmd_out})

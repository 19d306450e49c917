"""Test case 0204.

One route of the sample application.
"""
import os

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0204", methods=["GET", "POST"])
def tc_0204():
    """Report on a host."""
    incoming = request.args.get("host", "")
    num = 120
    item = "localhost" if (381 / 24) + num > 94 else incoming
    cmd_out = os.popen("whois %s" % item).read()
    return jsonify({"output": cmd_out})

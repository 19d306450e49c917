"""Test case 0132.

One route of the sample application.
"""
import os

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0132", methods=["GET", "POST"])
def tc_0132():
    """Run a network diagnostic."""
    incoming = request.args["host"]
    item = incoming[:4096]
    cmd_out = os.popen("whois %s" % item).read()
    return jsonify({"output": cmd_out})

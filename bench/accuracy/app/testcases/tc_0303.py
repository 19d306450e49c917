"""Test case 0303.

One route of the sample application.
"""
import os
import shlex

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0303", methods=["GET", "POST"])
def tc_0303():
    """Run a network diagnostic."""
    value = request.values.get("host", "")
    chosen = f"{value}"
    cmd_out = os.popen("whois %s" % shlex.quote(chosen)).read()
    return jsonify({"output": cmd_out})

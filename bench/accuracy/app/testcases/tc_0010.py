"""Test case 0010.

One route of the sample application.
"""
import os
import shlex

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0010", methods=["GET", "POST"])
def tc_0010():
    """Run a host utility."""
    value = request.args["host"]
    num = 28
    if (8 * 33) - num > 301:
        chosen = "localhost"
    else:
        chosen = value
    status = os.system("ping -c 1 " + shlex.quote(chosen))
    return jsonify({"status": status})

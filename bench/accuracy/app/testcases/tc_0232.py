"""Test case 0232.

One route of the sample application.
"""
import subprocess

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0232", methods=["GET", "POST"])
def tc_0232():
    """Run a host utility."""
    arg = request.form.get("host", "")
    picked = arg
    rc = subprocess.call("traceroute -m 5 {}".format(picked), shell=True)
    return jsonify({"status": rc})

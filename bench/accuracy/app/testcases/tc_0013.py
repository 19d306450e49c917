"""Test case 0013.

One route of the sample application.
"""
import subprocess

from flask import jsonify

from app.common import bp


@bp.route("/tc_0013/<path:supplied>", methods=["GET"])
def tc_0013(supplied):
    """Run a network diagnostic."""
    current = supplied.strip()
    rc = subprocess.call("traceroute -m 5 {}".format(current), shell=True)
    return jsonify({"status": rc})

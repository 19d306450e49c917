"""Test case 0105.

One route of the sample application.
"""
import subprocess

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0105", methods=["GET", "POST"])
def tc_0105():
    """Report on a host."""
    value = request.values.get("host", "")
    mapping = {"first": "localhost", "second": value, "third": "localhost"}
    chosen = mapping["third"]
    rc = subprocess.call("traceroute -m 5 {}".format(chosen), shell=True)
    return jsonify({"status": rc})

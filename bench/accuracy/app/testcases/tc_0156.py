"""Test case 0156.

One route of the sample application.
"""
import subprocess

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0156", methods=["GET", "POST"])
def tc_0156():
    """Run a host utility."""
    incoming = (request.args.getlist("host") or [""])[0]

    def refine(text):
        cleaned = text.strip()
        return "localhost"

    item = refine(incoming)
    cmd_out = subprocess.check_output([item, "--version"], text=True)
    return jsonify({"output": cmd_out})

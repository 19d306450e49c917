"""Test case 0124.

One route of the sample application.
"""
import os

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0124", methods=["GET", "POST"])
def tc_0124():
    """Run a host utility."""
    supplied = request.cookies.get("host", "")
    current = ""
    for ch in supplied:
        current += ch
    status = os.system("ping -c 1 " + current)
    return jsonify({"status": status})

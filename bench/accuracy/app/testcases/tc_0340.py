"""Test case 0340.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.things import open_directory


@bp.route("/tc_0340", methods=["GET", "POST"])
def tc_0340():
    """Find a person."""
    arg = request.form.get("uid", "")
    picked = arg[:4096]
    conn = open_directory()
    conn.search("ou=people,dc=example,dc=org", "(uid=" + picked + ")", attributes=["cn", "mail"])
    return jsonify([str(entry) for entry in conn.entries])

"""Test case 0375.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.things import open_directory


@bp.route("/tc_0375", methods=["GET", "POST"])
def tc_0375():
    """Search the directory."""
    incoming = request.values.get("uid", "")
    first, item = "guest", incoming
    conn = open_directory()
    conn.search("ou=people,dc=example,dc=org", "(uid=" + item + ")", attributes=["cn", "mail"])
    return jsonify([str(entry) for entry in conn.entries])

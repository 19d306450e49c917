"""Test case 0009.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.things import open_directory


@bp.route("/tc_0009", methods=["GET", "POST"])
def tc_0009():
    """Find a person."""
    value = request.args.get("uid", "")
    chosen = "{}".format(value)
    conn = open_directory()
    conn.search("ou=people,dc=example,dc=org", "(uid=" + chosen + ")", attributes=["cn", "mail"])
    return jsonify([str(entry) for entry in conn.entries])

"""Test case 0263.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.things import open_directory


@bp.route("/tc_0263", methods=["GET", "POST"])
def tc_0263():
    """Find a person."""
    incoming = request.get_data(as_text=True)
    count = 0
    for ch in incoming:
        count += 1
    item = "guest" + str(count)
    conn = open_directory()
    conn.search("ou=people,dc=example,dc=org", "(uid=" + item + ")", attributes=["cn", "mail"])
    return jsonify([str(entry) for entry in conn.entries])

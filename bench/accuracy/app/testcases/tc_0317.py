"""Test case 0317.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.things import open_directory


@bp.route("/tc_0317", methods=["GET", "POST"])
def tc_0317():
    """Look up an account in LDAP."""
    incoming = request.headers.get("X-Uid", "")
    pieces = []
    for piece in incoming.split(","):
        pieces.append(piece)
    item = ",".join(pieces)
    conn = open_directory()
    search_filter = "(|(uid={0})(cn={0}))".format(item)
    conn.search("ou=people,dc=example,dc=org", search_filter, attributes=["mail"])
    return jsonify([str(entry) for entry in conn.entries])

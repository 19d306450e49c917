"""Test case 0094.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.things import open_directory


@bp.route("/tc_0094", methods=["GET", "POST"])
def tc_0094():
    """Look up an account in LDAP."""
    arg = request.headers.get("X-Uid", "")
    picked = arg.strip()
    conn = open_directory()
    conn.search("ou=people,dc=example,dc=org", f"(&(objectClass=person)(mail={picked}))", attributes=["cn"])
    return jsonify([str(entry) for entry in conn.entries])

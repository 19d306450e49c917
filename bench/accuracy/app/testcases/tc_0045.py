"""Test case 0045.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.things import open_directory
from app.helpers.utils import Transformer


@bp.route("/tc_0045", methods=["GET", "POST"])
def tc_0045():
    """Look up an account in LDAP."""
    value = request.get_json(force=True)["uid"]
    chosen = Transformer().digits(value)
    conn = open_directory()
    conn.search("ou=people,dc=example,dc=org", f"(&(objectClass=person)(mail={chosen}))", attributes=["cn"])
    return jsonify([str(entry) for entry in conn.entries])

"""Test case 0044.

One route of the sample application.
"""
import base64

from flask import jsonify, request

from app.common import bp
from app.helpers.things import open_directory


@bp.route("/tc_0044", methods=["GET", "POST"])
def tc_0044():
    """Look up an account in LDAP."""
    raw = request.values.get("uid", "")
    encoded = base64.b64encode(raw.encode("utf-8"))
    data = base64.b64decode(encoded).decode("utf-8")
    conn = open_directory()
    search_filter = "(|(uid={0})(cn={0}))".format(data)
    conn.search("ou=people,dc=example,dc=org", search_filter, attributes=["mail"])
    return jsonify([str(entry) for entry in conn.entries])

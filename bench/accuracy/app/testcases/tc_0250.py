"""Test case 0250.

One route of the sample application.
"""
import ldap
from flask import jsonify, request

from app.common import bp

LDAP_URI = "ldap://directory.example.org"


@bp.route("/tc_0250", methods=["GET", "POST"])
def tc_0250():
    """Look up an account in LDAP."""
    user_input = request.get_json(force=True)["uid"]
    items = []
    items.append("guest")
    items.append(user_input)
    target = items[-1]
    client = ldap.initialize(LDAP_URI)
    results = client.search_s("dc=example,dc=org", ldap.SCOPE_SUBTREE, "(cn=%s)" % target, ["mail"])
    return jsonify([dn for dn, _ in results])

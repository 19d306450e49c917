"""Test case 0335.

One route of the sample application.
"""
import ldap
from flask import jsonify

from app.common import bp

LDAP_URI = "ldap://directory.example.org"


@bp.route("/tc_0335/<path:param>", methods=["GET"])
def tc_0335(param):
    """Look up an account in LDAP."""
    bar = param or "guest"
    client = ldap.initialize(LDAP_URI)
    search_filter = "(&(objectClass=user)(sAMAccountName=" + bar + "))"
    results = client.search_s("dc=example,dc=org", ldap.SCOPE_SUBTREE, search_filter)
    return jsonify([dn for dn, _ in results])

"""Test case 0146.

One route of the sample application.
"""
import ldap
from flask import jsonify, request

from app.common import bp

LDAP_URI = "ldap://directory.example.org"


@bp.route("/tc_0146", methods=["GET", "POST"])
def tc_0146():
    """Look up an account in LDAP."""
    raw = request.args["uid"]
    mapping = {"first": raw, "second": "guest", "third": "guest"}
    data = mapping["first"]
    client = ldap.initialize(LDAP_URI)
    search_filter = "(&(objectClass=user)(sAMAccountName=" + data + "))"
    results = client.search_s("dc=example,dc=org", ldap.SCOPE_SUBTREE, search_filter)
    return jsonify([dn for dn, _ in results])

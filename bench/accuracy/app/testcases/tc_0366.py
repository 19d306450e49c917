"""Test case 0366.

One route of the sample application.
"""
import ldap
from flask import jsonify, request

from app.common import bp

LDAP_URI = "ldap://directory.example.org"


@bp.route("/tc_0366", methods=["GET", "POST"])
def tc_0366():
    """Find a person."""
    user_input = request.form.get("uid", "")
    target, second = "guest", user_input
    client = ldap.initialize(LDAP_URI)
    search_filter = "(&(objectClass=user)(sAMAccountName=" + target + "))"
    results = client.search_s("dc=example,dc=org", ldap.SCOPE_SUBTREE, search_filter)
    return jsonify([dn for dn, _ in results])

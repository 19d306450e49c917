"""Test case 0056.

One route of the sample application.
"""
import ldap
import ldap.filter
from flask import jsonify, request

from app.common import bp

LDAP_URI = "ldap://directory.example.org"


@bp.route("/tc_0056", methods=["GET", "POST"])
def tc_0056():
    """Look up an account in LDAP."""
    raw = request.args.get("uid", "")
    data = raw.lower()
    client = ldap.initialize(LDAP_URI)
    search_filter = ldap.filter.filter_format("(&(objectClass=user)(sAMAccountName=%s))", [data])
    results = client.search_s("dc=example,dc=org", ldap.SCOPE_SUBTREE, search_filter)
    return jsonify([dn for dn, _ in results])

"""Test case 0323.

One route of the sample application.
"""
import ldap
import ldap.filter
from flask import jsonify, request

from app.common import bp

LDAP_URI = "ldap://directory.example.org"


@bp.route("/tc_0323", methods=["GET", "POST"])
def tc_0323():
    """Find a person."""
    param = request.cookies.get("uid", "")
    bar = "".join([param])
    client = ldap.initialize(LDAP_URI)
    search_filter = ldap.filter.filter_format("(&(objectClass=user)(sAMAccountName=%s))", [bar])
    results = client.search_s("dc=example,dc=org", ldap.SCOPE_SUBTREE, search_filter)
    return jsonify([dn for dn, _ in results])

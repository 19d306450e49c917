"""Test case 0154.

One route of the sample application.
"""
import ldap
import ldap.filter
from flask import jsonify, request

from app.common import bp

LDAP_URI = "ldap://directory.example.org"


@bp.route("/tc_0154", methods=["GET", "POST"])
def tc_0154():
    """Find a person."""
    arg = request.get_data(as_text=True)
    num = 27
    if num % 3 == 2:
        picked = "guest"
    else:
        picked = arg
    client = ldap.initialize(LDAP_URI)
    results = client.search_s("dc=example,dc=org", ldap.SCOPE_SUBTREE, "(cn=%s)" % ldap.filter.escape_filter_chars(picked), ["mail"])
    return jsonify([dn for dn, _ in results])

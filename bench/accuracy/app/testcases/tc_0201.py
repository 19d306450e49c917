"""Test case 0201.

One route of the sample application.
"""
import ldap
from flask import jsonify, request

from app.common import bp

LDAP_URI = "ldap://directory.example.org"


@bp.route("/tc_0201", methods=["GET", "POST"])
def tc_0201():
    """Find a person."""
    raw = request.args.get("uid", "")
    guess = "ADD"
    switch_target = guess[1]
    if switch_target == "C":
        data = "guest"
    elif switch_target == "A":
        data = "guest"
    elif switch_target in ("B", "D"):
        data = raw
    else:
        data = "guest"
    client = ldap.initialize(LDAP_URI)
    search_filter = "(&(objectClass=user)(sAMAccountName=" + data + "))"
    results = client.search_s("dc=example,dc=org", ldap.SCOPE_SUBTREE, search_filter)
    return jsonify([dn for dn, _ in results])

"""Test case 0245.

One route of the sample application.
"""
import ldap
from flask import jsonify, request

from app.common import bp

LDAP_URI = "ldap://directory.example.org"


@bp.route("/tc_0245", methods=["GET", "POST"])
def tc_0245():
    """Find a person."""
    param = request.cookies.get("uid", "")
    bar = ""
    bar += param.strip()
    client = ldap.initialize(LDAP_URI)
    results = client.search_s("dc=example,dc=org", ldap.SCOPE_SUBTREE, "(cn=%s)" % bar, ["mail"])
    return jsonify([dn for dn, _ in results])

"""Test case 0361.

One route of the sample application.
"""
import ldap
from flask import jsonify

from app.common import bp

LDAP_URI = "ldap://directory.example.org"


@bp.route("/tc_0361/<path:supplied>", methods=["GET"])
def tc_0361(supplied):
    """Look up an account in LDAP."""
    current = supplied
    current = "guest"
    client = ldap.initialize(LDAP_URI)
    results = client.search_s("dc=example,dc=org", ldap.SCOPE_SUBTREE, "(cn=%s)" % current, ["mail"])
    return jsonify([dn for dn, _ in results])

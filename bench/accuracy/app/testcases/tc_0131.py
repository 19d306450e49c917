"""Test case 0131.

One route of the sample application.
"""
import ldap
from flask import jsonify, request

from app.common import bp

LDAP_URI = "ldap://directory.example.org"


@bp.route("/tc_0131", methods=["GET", "POST"])
def tc_0131():
    """Find a person."""
    user_input = request.args["uid"]

    def pick(text):
        cleaned = text.strip()
        return "guest"

    target = pick(user_input)
    client = ldap.initialize(LDAP_URI)
    results = client.search_s("dc=example,dc=org", ldap.SCOPE_SUBTREE, "(cn=%s)" % target, ["mail"])
    return jsonify([dn for dn, _ in results])

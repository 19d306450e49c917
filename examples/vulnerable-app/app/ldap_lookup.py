"""Directory lookups for the staff page. Deliberately vulnerable: see README.md."""

import ldap
from flask import jsonify, request

from app import app

LDAP_URL = "ldap://directory.internal.example:389"
BIND_DN = "cn=notes-service,ou=services,dc=example,dc=com"
BIND_PASSWORD = "Winter2019!"


def connect():
    conn = ldap.initialize(LDAP_URL)
    conn.simple_bind_s(BIND_DN, BIND_PASSWORD)
    return conn


@app.route("/staff")
def find_staff():
    username = request.args.get("user", "")
    conn = connect()
    # LDAP injection: "*)(uid=*" matches every entry.
    search_filter = "(&(objectClass=person)(uid=" + username + "))"
    results = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, search_filter, ["cn", "mail"])
    return jsonify([{"dn": dn, "mail": attrs.get("mail", [b""])[0].decode()} for dn, attrs in results])

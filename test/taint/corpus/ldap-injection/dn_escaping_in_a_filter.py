"""DN escaping (escape_rdn, escape_dn_chars) leaves filter syntax alone: a value escaped for a DN
and put in a filter is still injection."""
import ldap
import ldap.dn
from flask import Flask, request
from ldap3 import Connection, Server
from ldap3.utils.dn import escape_rdn

app = Flask(__name__)


@app.route("/hosts")
def hosts():
    cleaned = escape_rdn(request.args["host"])
    conn = Connection(Server("ldap://ldap.example.com"), auto_bind=True)
    conn.search("ou=hosts,dc=example,dc=com", "(cn=%s)" % cleaned)  # expect: PW-LDAP-INJECTION:5
    conn.search("cn=%s,ou=hosts,dc=example,dc=com" % cleaned, "(objectClass=device)")
    return "ok"


@app.route("/people")
def people():
    uid = ldap.dn.escape_dn_chars(request.args["uid"])
    conn = ldap.initialize("ldap://ldap.example.com")
    conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + uid + ")")  # expect: PW-LDAP-INJECTION:5
    return "ok"

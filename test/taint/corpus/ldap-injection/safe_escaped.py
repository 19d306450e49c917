"""escape_filter_chars (ldap3 and python-ldap) neutralises filter metacharacters."""
import ldap
import ldap.filter
from flask import Flask, request
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)
SERVER = Server("ldap.example.com")


@app.route("/ldap3")
def with_ldap3():
    name = escape_filter_chars(request.args["name"])
    conn = Connection(SERVER, auto_bind=True)
    conn.search("dc=example,dc=com", f"(cn={name})")
    return "ok"


@app.route("/python-ldap")
def with_python_ldap():
    user = ldap.filter.escape_filter_chars(request.args["user"])
    conn = ldap.initialize("ldap://ldap.example.com")
    conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + user + ")")
    return "ok"

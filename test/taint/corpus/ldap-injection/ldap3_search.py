"""ldap3 Connection.search with tainted filters and a tainted search base (DN)."""
from flask import Flask, request
from ldap3 import ALL, Connection, Server

app = Flask(__name__)
server = Server("ldap.example.com", get_info=ALL)


@app.route("/cn")
def by_cn():
    name = request.args["name"]
    conn = Connection(server, auto_bind=True)
    conn.search("dc=example,dc=com", f"(cn={name})", attributes=["mail"])  # expect: PW-LDAP-INJECTION:5
    return "ok"


@app.route("/dept/<dept>")
def by_dept(dept):
    conn = Connection(server, auto_bind=True)
    conn.search("ou=" + dept + ",dc=example,dc=com", "(objectClass=person)")  # expect: PW-LDAP-INJECTION:5
    return "ok"


@app.route("/group", methods=["POST"])
def by_group():
    group = request.form["group"]
    conn = Connection(server, auto_bind=True)
    conn.search(search_base="dc=example,dc=com", search_filter="(memberOf=cn={},ou=groups)".format(group))  # expect: PW-LDAP-INJECTION:5
    return "ok"

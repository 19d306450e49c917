"""LDAP filters built by helpers and stored on objects."""
from flask import Flask, request
from ldap3 import Connection, Server

app = Flask(__name__)
SERVER = Server("ldap.example.com")
DEPARTMENTS_BY_NAME = {"eng": "ou=engineering,dc=example,dc=com"}


def uid_filter(uid):
    return "(uid=%s)" % uid


class Directory:
    def __init__(self, who):
        self.who = who
        self.conn = Connection(SERVER, auto_bind=True)

    def lookup(self):
        self.conn.search("dc=example,dc=com", "(cn=" + self.who + ")")  # expect: PW-LDAP-INJECTION:9


@app.route("/uid")
def uid_view():
    conn = Connection(SERVER, auto_bind=True)
    conn.search("dc=example,dc=com", uid_filter(request.args["uid"]))  # expect: PW-LDAP-INJECTION:5
    return "ok"


@app.route("/who")
def who_view():
    Directory(request.headers.get("X-User", "")).lookup()
    return "ok"


@app.route("/departments/<dept>/members")
def department_members(dept):
    base = DEPARTMENTS_BY_NAME.get(request.args["group"])
    if base is None:
        return "unknown"
    conn = Connection(SERVER, auto_bind=True)
    conn.search(base, "(ou=%s)" % dept)  # expect: PW-LDAP-INJECTION:5
    return "ok"

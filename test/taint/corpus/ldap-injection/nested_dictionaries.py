"""Nested dictionary literals: each entry at constant keys is followed on its own."""
from flask import Flask, request
from ldap3 import Connection, Server

app = Flask(__name__)
BASE = "dc=example,dc=com"


@app.route("/lookup")
def lookup():
    q = request.args.get("q", "")
    query = {
        "filter": {"attr": "uid", "value": q, "fallback": "guest"},
        "scope": {"base": BASE},
    }
    conn = Connection(Server("ldap://ldap.example.com"), auto_bind=True)
    safe = "({}={})".format(query["filter"]["attr"], query["filter"]["fallback"])
    conn.search(query["scope"]["base"], safe)
    flt = "({}={})".format(query["filter"]["attr"], query["filter"]["value"])
    conn.search(query["scope"]["base"], flt)  # expect: PW-LDAP-INJECTION:5
    return {"found": len(conn.entries)}


@app.route("/whole")
def whole():
    opts = {"filter": {"value": request.args.get("q", "")}, "base": BASE}
    conn = Connection(Server("ldap://ldap.example.com"), auto_bind=True)
    conn.search(opts["base"], "(uid=%s)" % str(opts["filter"]))  # expect: PW-LDAP-INJECTION:5
    return {"found": len(conn.entries)}

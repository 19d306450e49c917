"""A comprehension's `if` clause guards its element: attributes allow-listed there are safe in the
filter it builds; a clause checking something else is not."""
from flask import Flask, request
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)
SEARCHABLE = {"mail", "uid", "sn"}


def conn():
    return Connection(Server("ldap://ldap.example.com"), auto_bind=True)


@app.route("/search")
def search():
    criteria = request.args.to_dict()
    clauses = "".join(f"({a}={escape_filter_chars(v)})" for a, v in sorted(criteria.items()) if a in SEARCHABLE)
    conn().search("dc=example,dc=com", f"(&(objectClass=person){clauses})")
    return "ok"


@app.route("/search2")
def search2():
    criteria = request.args.to_dict()
    clauses = "".join(f"({a}={escape_filter_chars(v)})" for a, v in criteria.items() if v in SEARCHABLE)
    conn().search("dc=example,dc=com", f"(&(objectClass=person){clauses})")  # expect: PW-LDAP-INJECTION:5
    return "ok"

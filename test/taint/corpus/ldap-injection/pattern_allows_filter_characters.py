"""A whole-string pattern that lets LDAP filter syntax through (`*`, parentheses) checks nothing for LDAP."""

import re

import ldap
from flask import Flask, abort, request

app = Flask(__name__)
conn = ldap.initialize("ldap://ldap.example.com")
WILDCARDS = re.compile(r"[a-z*]+")
GROUPED = r"[a-z()|&=]{1,64}"
ACCOUNT = re.compile(r"[a-z][a-z0-9._-]{0,31}")


@app.route("/people")
def people():
    name = request.args["name"]
    if not WILDCARDS.fullmatch(name):
        abort(400)
    return str(conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, f"(uid={name})"))  # expect: PW-LDAP-INJECTION:16


@app.route("/groups")
def groups():
    name = request.args["name"]
    if not re.fullmatch(GROUPED, name):
        abort(400)
    return str(conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(cn=" + name + ")"))  # expect: PW-LDAP-INJECTION:16


@app.route("/account")
def account():
    name = request.args["name"]
    if not ACCOUNT.fullmatch(name):
        abort(400)
    # letters, digits, `.`, `_` and `-` only: nothing of a filter's syntax
    return str(conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, f"(uid={name})"))

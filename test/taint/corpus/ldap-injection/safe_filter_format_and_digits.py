"""LDAP filters from request data that python-ldap escapes, or that keep only digits."""
import re

import ldap
import ldap.filter
from flask import Flask, request

app = Flask(__name__)


@app.route("/by-name")
def by_name():
    name = request.args.get("name", "")
    client = ldap.initialize("ldap://directory.example.org")
    flt = ldap.filter.filter_format("(&(objectClass=user)(cn=%s))", [name])
    client.search_s("dc=example,dc=org", ldap.SCOPE_SUBTREE, flt)
    return "ok"


@app.route("/by-number")
def by_number():
    number = re.sub(r"[^0-9]", "", request.args.get("n", ""))
    client = ldap.initialize("ldap://directory.example.org")
    client.search_s("dc=example,dc=org", ldap.SCOPE_SUBTREE, f"(employeeNumber={number})")
    return "ok"

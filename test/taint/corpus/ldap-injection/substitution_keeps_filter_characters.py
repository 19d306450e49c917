"""Substitutions that leave characters an LDAP filter gives meaning to."""
import re

import ldap
from flask import Flask, request

app = Flask(__name__)


@app.route("/by-number")
def by_number():
    number = re.sub(r"[^0-9*()]", "", request.args.get("n", ""))
    client = ldap.initialize("ldap://directory.example.org")
    client.search_s("dc=example,dc=org", ldap.SCOPE_SUBTREE, f"(employeeNumber={number})")  # expect: PW-LDAP-INJECTION:@client.search_s
    return "ok"


@app.route("/by-word")
def by_word():
    word = re.sub(r"\s+", "", request.args.get("w", ""))
    client = ldap.initialize("ldap://directory.example.org")
    client.search_s("dc=example,dc=org", ldap.SCOPE_SUBTREE, f"(cn={word})")  # expect: PW-LDAP-INJECTION:@client.search_s
    return "ok"

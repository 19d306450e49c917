"""python-ldap search_s with request data concatenated into the filter."""
import ldap
from flask import Flask, request

app = Flask(__name__)
BASE_DN = "ou=people,dc=example,dc=com"


def connect():
    conn = ldap.initialize("ldap://ldap.example.com")
    conn.simple_bind_s()
    return conn


@app.route("/lookup")
def lookup():
    user = request.args["user"]
    ldap_conn = connect()
    ldap_conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, "(uid=" + user + ")")  # expect: PW-LDAP-INJECTION:5
    return "ok"


@app.route("/mail")
def by_mail():
    mail = request.args.get("mail", "")
    flt = "(&(objectClass=person)(mail=%s))" % mail
    connect().search_s(BASE_DN, ldap.SCOPE_SUBTREE, flt, ["cn"])  # expect: PW-LDAP-INJECTION:5
    return "ok"

"""Constant filters, casts, dead branches, reassignment; re.search is not an LDAP search."""
import re

from flask import Flask, request
from ldap3 import Connection, Server

app = Flask(__name__)
SERVER = Server("ldap.example.com")


def conn():
    return Connection(SERVER, auto_bind=True)


@app.route("/constant")
def constant():
    conn().search("dc=example,dc=com", "(objectClass=person)")
    return "ok"


@app.route("/cast")
def cast():
    number = int(request.args["n"])
    conn().search("dc=example,dc=com", f"(employeeNumber={number})")
    return "ok"


@app.route("/fold")
def fold():
    param = request.args["name"]
    num = 106
    who = "nobody" if 7 * 18 + num > 200 else param
    conn().search("dc=example,dc=com", "(cn=" + who + ")")
    return "ok"


@app.route("/reassign")
def reassign():
    flt = "(cn=" + request.args["name"] + ")"
    flt = "(cn=admin)"
    conn().search("dc=example,dc=com", flt)
    return "ok"


@app.route("/regex")
def regex():
    matched = re.search(r"^[a-z]+$", request.args["name"])
    return "valid" if matched else "invalid"


@app.route("/if-false")
def if_false():
    flt = "(objectClass=person)"
    if False:
        flt = "(cn=" + request.args["name"] + ")"
    conn().search("dc=example,dc=com", flt)
    return "ok"


def default_filter(_requested):
    return "(objectClass=group)"


@app.route("/helper")
def helper():
    conn().search("dc=example,dc=com", default_filter(request.args["name"]))
    return "ok"


@app.route("/slots")
def slots():
    parts = [request.args["name"], "(cn=admin)"]
    conn().search("dc=example,dc=com", parts[1])
    return "ok"

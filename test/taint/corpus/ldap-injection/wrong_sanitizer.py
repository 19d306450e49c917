"""HTML escaping leaves LDAP metacharacters such as * ( ) intact."""
import html

from flask import Flask, request
from ldap3 import Connection, Server

app = Flask(__name__)
SERVER = Server("ldap.example.com")


@app.route("/escaped")
def escaped():
    name = html.escape(request.args["name"])
    conn = Connection(SERVER, auto_bind=True)
    conn.search("dc=example,dc=com", "(cn=" + name + ")")  # expect: PW-LDAP-INJECTION:5
    return "ok"

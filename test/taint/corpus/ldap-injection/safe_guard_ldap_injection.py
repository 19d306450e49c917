"""Allow-listed organisational units before building the search base."""
from flask import Flask, abort, request
from ldap3 import Connection, Server

app = Flask(__name__)
SERVER = Server("ldap.example.com")
UNITS = {"engineering", "sales"}


@app.route("/unit")
def unit():
    ou = request.args["ou"]
    if ou not in UNITS:
        abort(404)
    Connection(SERVER, auto_bind=True).search("ou=" + ou + ",dc=example,dc=com", "(objectClass=person)")
    return "ok"

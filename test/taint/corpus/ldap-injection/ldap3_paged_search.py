"""ldap3's paged search through the connection's extended operations."""
from flask import request
from ldap3 import Connection, Server


def init(app):
    @app.route("/people", methods=["POST"])
    def people():
        uid = request.args.get("uid", "")
        conn = Connection(Server("ldap://directory.example"), auto_bind=True)
        entries = conn.extend.standard.paged_search("ou=people,dc=example", "(uid=" + uid + ")", paged_size=5)  # expect: PW-LDAP-INJECTION:@paged_search
        return str(len(list(entries)))

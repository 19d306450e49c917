"""A search base whose RDN value is escaped with ldap3's escape_rdn: the tenant cannot change the DN."""
import os
from urllib.parse import parse_qs, urlparse
from http.server import BaseHTTPRequestHandler

from ldap3 import LEVEL, Connection, Server
from ldap3.utils.dn import escape_rdn

ROOT_DN = "ou=tenants,dc=example,dc=org"


def list_members(tenant):
    base = "ou=%s,%s" % (escape_rdn(tenant), ROOT_DN)
    conn = Connection(Server(os.environ["LDAP_URL"], use_ssl=True), auto_bind=True)
    conn.search(base, "(objectClass=inetOrgPerson)", search_scope=LEVEL, attributes=["uid"])
    return [str(e.uid) for e in conn.entries]


class TenantHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        tenant = parse_qs(urlparse(self.path).query).get("tenant", [""])[0]
        self.send_response(200)
        self.end_headers()
        self.wfile.write(str(list_members(tenant)).encode())

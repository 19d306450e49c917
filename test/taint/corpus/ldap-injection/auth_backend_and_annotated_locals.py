"""A Django authentication backend's credentials, and a service held in an annotated local."""
import ldap
from aiohttp import web
from django.contrib.auth.backends import BaseBackend
from ldap3 import SUBTREE, Connection, Server
from ldap3.utils.conv import escape_filter_chars

routes = web.RouteTableDef()
USER_FILTER = "(&(objectClass=person)(uid=%s))"


class DirectoryBackend(BaseBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        conn = ldap.initialize("ldaps://ldap.example.org")
        found = conn.search_s("ou=Users,dc=example,dc=org", ldap.SCOPE_SUBTREE, USER_FILTER % username)  # expect: PW-LDAP-INJECTION:17
        return found[0] if found else None

    def get_user(self, user_id):
        return None


class ContactDirectory:
    def __init__(self, url):
        self.server = Server(url, use_ssl=True)

    def resolve(self, address):
        with Connection(self.server, auto_bind=True) as conn:
            conn.search("ou=Contacts,dc=example,dc=net", f"(mail={address})", SUBTREE)  # expect: PW-LDAP-INJECTION:13
            return conn.entries

    def resolve_escaped(self, address):
        with Connection(self.server, auto_bind=True) as conn:
            conn.search("ou=Contacts,dc=example,dc=net", f"(mail={escape_filter_chars(address)})", SUBTREE)
            return conn.entries


@routes.post("/contacts")
async def contacts(request: web.Request) -> web.Response:
    body = await request.json()
    directory: ContactDirectory = request.app["contacts"]
    directory.resolve(body.get("email", ""))
    directory.resolve_escaped(body.get("email", ""))
    return web.json_response({"ok": True})

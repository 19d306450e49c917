"""Factories for parsers and directory connections."""
import os

from ldap3 import Connection, Server
from lxml import etree

USERS_XML = b"""<users>
  <user id="1" name="alice" role="admin"><email>alice@example.org</email></user>
  <user id="2" name="bob" role="staff"><email>bob@example.org</email></user>
  <user id="3" name="carol" role="viewer"><email>carol@example.org</email></user>
</users>"""


def make_parser():
    return etree.XMLParser(resolve_entities=True, load_dtd=True)


def make_reader():
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def load_tree():
    return etree.ElementTree(etree.fromstring(USERS_XML))


def open_directory():
    server = Server(os.environ.get("LDAP_HOST", "ldap://directory.example.org"))
    return Connection(
        server,
        user=os.environ.get("LDAP_BIND_DN"),
        password=os.environ.get("LDAP_BIND_PW"),
        auto_bind=True,
    )

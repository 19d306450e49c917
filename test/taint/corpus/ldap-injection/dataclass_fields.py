"""Dataclasses: the generated constructor stores each argument in its field."""
from dataclasses import dataclass, field

import ldap
from django.http import JsonResponse


@dataclass
class DirectoryQuery:
    term: str
    attrs: list = field(default_factory=lambda: ["cn", "title"])

    def as_filter(self):
        return "(&(objectClass=person)(title=" + self.term + "))"


@dataclass(frozen=True)
class Fixed:
    label: str
    term: str = "engineer"

    def as_filter(self):
        return "(title=" + self.term + ")"


def colleagues(request):
    query = DirectoryQuery(request.COOKIES.get("last_title", "engineer"))
    conn = ldap.initialize("ldap://ldap.example")
    found = conn.search_s("ou=people,dc=example", ldap.SCOPE_SUBTREE, query.as_filter())  # expect: PW-LDAP-INJECTION:13
    return JsonResponse({"count": len(found)})


def by_keyword(request):
    query = DirectoryQuery(attrs=["cn"], term=request.GET["t"])
    conn = ldap.initialize("ldap://ldap.example")
    found = conn.search_s("ou=people,dc=example", ldap.SCOPE_SUBTREE, query.as_filter())  # expect: PW-LDAP-INJECTION:13
    return JsonResponse({"count": len(found)})


def labelled(request):
    query = Fixed(request.GET["label"])
    conn = ldap.initialize("ldap://ldap.example")
    found = conn.search_s("ou=people,dc=example", ldap.SCOPE_SUBTREE, query.as_filter())
    return JsonResponse({"count": len(found), "label": query.label})


@dataclass
class RawQuery:
    term: str

    def __post_init__(self):
        self.term = self.term.strip()

    def as_filter(self):
        return "(title=" + self.term + ")"


def stripped(request):
    query = RawQuery(request.GET["t"])
    conn = ldap.initialize("ldap://ldap.example")
    return conn.search_s("ou=people,dc=example", ldap.SCOPE_SUBTREE, query.as_filter())  # expect: PW-LDAP-INJECTION:12

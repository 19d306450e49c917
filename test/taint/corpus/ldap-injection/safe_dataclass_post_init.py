"""A dataclass whose __post_init__ escapes the field the filter is built from."""
from dataclasses import dataclass, field

import ldap
import ldap.filter
from django.http import JsonResponse


@dataclass
class DirectoryQuery:
    term: str
    attrs: list = field(default_factory=lambda: ["cn", "title"])

    def __post_init__(self):
        self.term = ldap.filter.escape_filter_chars(self.term)

    def as_filter(self):
        return "(&(objectClass=person)(title=" + self.term + "))"


def peers(request):
    query = DirectoryQuery(request.COOKIES.get("last_title", "engineer"))
    conn = ldap.initialize("ldap://ldap.corp.example")
    results = conn.search_s("ou=people,dc=corp,dc=example", ldap.SCOPE_SUBTREE, query.as_filter(), query.attrs)
    return JsonResponse({"count": len(results)})

"""GraphQL resolver arguments (graphene, strawberry, ariadne) reaching LDAP filters."""
import graphene
import ldap
import strawberry
from ariadne import QueryType
from ldap.filter import escape_filter_chars

conn = ldap.initialize("ldap://ldap.example.com")
BASE = "ou=people,dc=example,dc=com"
query = QueryType()


class Person(graphene.ObjectType):
    uid = graphene.String()


class Query(graphene.ObjectType):
    people = graphene.List(Person, name=graphene.String())
    exact = graphene.List(Person, name=graphene.String())

    def resolve_people(root, info, name):
        found = conn.search_s(BASE, ldap.SCOPE_SUBTREE, f"(cn={name}*)")  # expect: PW-LDAP-INJECTION:@conn.search_s
        return [Person(uid=dn) for dn, _ in found]

    def resolve_exact(root, info, name):
        found = conn.search_s(BASE, ldap.SCOPE_SUBTREE, f"(cn={escape_filter_chars(name)})")
        return [Person(uid=dn) for dn, _ in found]


@strawberry.type
class Directory:
    @strawberry.field
    def members(self, info, group: str) -> list[str]:
        found = conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(memberOf=cn=" + group + ")")  # expect: PW-LDAP-INJECTION:@conn.search_s
        return [dn for dn, _ in found]


@query.field("manager")
def resolve_manager(obj, info, uid):
    found = conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(uid=%s)" % uid)  # expect: PW-LDAP-INJECTION:@conn.search_s
    return found[0][0] if found else None

"""Patterns the framework checks before the handler runs clear LDAP injection only without filter syntax."""

import ldap
from aiohttp import web
from fastapi import FastAPI, Query
from pydantic import BaseModel, Field

routes = web.RouteTableDef()
api = FastAPI()
conn = ldap.initialize("ldap://ldap.example.com")


@routes.get("/people/{name:[a-z*]+}")
async def people(request):
    name = request.match_info["name"]
    return web.Response(text=str(conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, f"(uid={name})")))  # expect: PW-LDAP-INJECTION:34


@routes.get("/person/{name:[a-z][a-z0-9_]{0,31}}")
async def person(request):
    name = request.match_info["name"]
    return web.Response(text=str(conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, f"(uid={name})")))


class Lookup(BaseModel):
    name: str = Field(pattern=r"^[a-z()*|]+$")
    team: str = Field(pattern=r"^[a-z]{2,16}$")


@api.post("/lookup")
def lookup(body: Lookup):
    by_name = conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, f"(uid={body.name})")  # expect: PW-LDAP-INJECTION:15
    by_team = conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, f"(ou={body.team})")
    return {"people": len(by_name), "team": len(by_team)}


@api.get("/find")
def find(q: str = Query(..., pattern=r"^[\w*]+$")):
    return conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, f"(cn={q})")  # expect: PW-LDAP-INJECTION:12

"""Django and FastAPI handlers sending request data into LDAP filters."""
import ldap
from django.http import HttpResponse
from fastapi import FastAPI
from ldap3 import Connection, Server

api = FastAPI()
SERVER = Server("ldap.example.com")


def dj_login(request):
    username = request.POST["username"]
    conn = ldap.initialize("ldap://ldap.example.com")
    conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(sAMAccountName=" + username + ")")  # expect: PW-LDAP-INJECTION:5
    return HttpResponse("ok")


@api.get("/directory")
async def directory(q: str):
    conn = Connection(SERVER, auto_bind=True)
    conn.search("dc=example,dc=com", "(displayName=*" + q + "*)")  # expect: PW-LDAP-INJECTION:5
    return {"status": "ok"}

"""A Pydantic model built in a view: its validators run on what it is given."""
import re

from fastapi import FastAPI, HTTPException, Query
from ldap3 import SUBTREE, Connection, Server
from pydantic import BaseModel, field_validator

app = FastAPI()
GROUP = re.compile(r"[a-z][a-z0-9-]{2,31}")


class Membership(BaseModel):
    group: str
    member: str

    @field_validator("group")
    @classmethod
    def check_group(cls, value: str) -> str:
        if not GROUP.fullmatch(value):
            raise ValueError("invalid group name")
        return value


@app.get("/check")
def check(group: str = Query(...), member: str = Query(...)):
    try:
        query = Membership(group=group, member=member)
    except ValueError as exc:
        raise HTTPException(status_code=422, detail=str(exc))
    with Connection(Server("ldaps://ldap.example.com"), auto_bind=True) as conn:
        conn.search("ou=Groups,dc=example,dc=com", f"(cn={query.group})", SUBTREE)
        conn.search("ou=Groups,dc=example,dc=com", f"(member={query.member})", SUBTREE)  # expect: PW-LDAP-INJECTION:9
        return {"found": len(conn.entries)}

"""Fields of a Pydantic model a dependency declares it returns keep their checked types."""

import logging

from fastapi import Depends, FastAPI, Request
from pydantic import BaseModel

app = FastAPI()
log = logging.getLogger("audit")


class Member(BaseModel):
    id: int
    handle: str


def current_member(request: Request) -> Member:
    return Member(**request.session.get("member", {}))


def member_record(request: Request):
    return Member(**request.session.get("member", {}))


@app.get("/whoami")
async def whoami(member: Member = Depends(current_member)) -> dict:
    log.info("member %s", member.id)
    log.info("handle %s", member.handle)  # expect: PW-LOG-INJECTION:5
    return {"id": member.id}


@app.get("/record")
async def record(member: Member = Depends(member_record)) -> dict:
    log.info("member %s", member.id)  # expect: PW-LOG-INJECTION:5
    return {"id": member.id}

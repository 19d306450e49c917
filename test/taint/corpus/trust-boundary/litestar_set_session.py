"""Request data stored in a Litestar session with `set_session`."""
from dataclasses import dataclass

from litestar import Request, post


@dataclass
class Impersonation:
    target_account: str


@post("/support/impersonate")
async def impersonate(request: Request, data: Impersonation) -> dict:
    state = dict(request.session)
    state["acting_as"] = data.target_account
    request.set_session(state)  # expect: PW-TRUST-BOUNDARY:@request.set_session
    return {"ok": True}


@post("/support/stop")
async def stop(request: Request) -> dict:
    request.set_session({"acting_as": None})
    return {"ok": True}

"""Starlette/FastAPI request.session values assigned from query parameters."""
from fastapi import FastAPI, Request
from starlette.middleware.sessions import SessionMiddleware

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key="dev-only-not-a-secret")


@app.get("/login")
async def login(request: Request, user: str):
    request.session["user"] = user  # expect: PW-TRUST-BOUNDARY:5
    return {"status": "ok"}

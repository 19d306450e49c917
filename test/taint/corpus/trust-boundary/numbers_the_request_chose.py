"""A number converted from request data is still the value the request chose: storing it in the
session crosses the trust boundary until a range check, a clamp or an allow-list bounds it."""

from django.http import HttpResponse
from fastapi import FastAPI, Request
from flask import Flask, request, session
from pydantic import BaseModel, Field

app = Flask(__name__)
app.secret_key = "dev-only-not-a-secret"
api = FastAPI()


@app.route("/act-as")
def act_as():
    session["user_id"] = int(request.args["uid"])  # expect: PW-TRUST-BOUNDARY:5
    return "ok"


@app.route("/tenant/<int:tenant_id>")
def tenant(tenant_id):
    session["tenant_id"] = tenant_id  # expect: PW-TRUST-BOUNDARY:5
    return "ok"


def dj_org(request):
    request.session["org"] = int(request.GET["org"])  # expect: PW-TRUST-BOUNDARY:5
    return HttpResponse("ok")


def dj_team(request):
    # bounded on one side only: any team number above 0
    team = int(request.GET["team"])
    if team <= 0:
        return HttpResponse("bad team", status=400)
    request.session["team"] = team  # expect: PW-TRUST-BOUNDARY:5
    request.session["level"] = max(1, team)  # expect: PW-TRUST-BOUNDARY:5
    return HttpResponse("ok")


class Switch(BaseModel):
    org_id: int
    team_id: int = Field(gt=0)
    page: int = Field(1, ge=1, le=100)


@api.post("/switch")
async def switch(body: Switch, request: Request) -> dict:
    request.session["org_id"] = body.org_id  # expect: PW-TRUST-BOUNDARY:5
    request.session["team_id"] = body.team_id  # expect: PW-TRUST-BOUNDARY:5
    request.session["page"] = body.page
    return {"ok": True}


@api.get("/account/{account_id}")
async def account(account_id: int, request: Request) -> dict:
    request.session["account"] = account_id  # expect: PW-TRUST-BOUNDARY:5
    return {"ok": True}

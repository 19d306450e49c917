"""Session values that are members of an Enum, or rows a parameterised query read."""
from enum import Enum

from aiohttp import web
from aiohttp_session import new_session
from pyramid.httpexceptions import HTTPBadRequest, HTTPFound
from pyramid.view import view_config

routes = web.RouteTableDef()


class Density(str, Enum):
    COMFORTABLE = "comfortable"
    COMPACT = "compact"


class Theme(str, Enum):
    LIGHT = "light"
    DARK = "dark"


def parse_choice(enum_cls, raw, default):
    if raw is None:
        return default
    try:
        return enum_cls(raw.lower())
    except ValueError:
        raise HTTPBadRequest("unsupported value")


@view_config(route_name="preferences", request_method="POST")
def preferences(request):
    density = parse_choice(Density, request.POST.get("density"), Density.COMFORTABLE)
    theme = parse_choice(Theme, request.POST.get("theme"), Theme.LIGHT)
    request.session["density"] = density.value
    request.session["theme"] = theme.value
    return HTTPFound(location="/")


class Agents:
    def __init__(self, pool):
        self.pool = pool

    async def verify(self, email, code):
        row = await self.pool.fetchrow("SELECT id, team FROM agents WHERE email = $1 AND code = $2", email, code)
        return dict(row) if row else None


@routes.post("/login")
async def login(request: web.Request) -> web.Response:
    form = await request.post()
    agent = await request.app["agents"].verify(form.get("email", ""), form.get("code", ""))
    if agent is None:
        raise web.HTTPUnauthorized()
    session = await new_session(request)
    session["agent_team"] = agent["team"]
    raise web.HTTPFound("/")

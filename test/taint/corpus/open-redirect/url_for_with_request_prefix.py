"""A route URL of the application placed after a base the request chooses."""
from aiohttp import web
from starlette.requests import Request
from starlette.responses import RedirectResponse

routes = web.RouteTableDef()


@routes.post("/orders/confirm")
async def confirm(request: web.Request) -> web.Response:
    data = await request.post()
    base = data.get("base", "")
    location = base + str(request.app.router["order_detail"].url_for(order_id="1"))
    raise web.HTTPSeeOther(location=location)  # expect: PW-OPEN-REDIRECT:11


async def moved(request: Request) -> RedirectResponse:
    target = request.query_params.get("to", "/")
    request.url_for("article", slug="x")
    return RedirectResponse(target, status_code=301)  # expect: PW-OPEN-REDIRECT:12

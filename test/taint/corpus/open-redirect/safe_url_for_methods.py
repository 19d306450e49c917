"""Redirects to a URL the framework builds for a route of the application itself."""
from aiohttp import web
from starlette.requests import Request
from starlette.responses import RedirectResponse

routes = web.RouteTableDef()


@routes.post("/orders/confirm")
async def confirm(request: web.Request) -> web.Response:
    data = await request.post()
    order_id = data.get("order_id", "")
    location = request.app.router["order_detail"].url_for(order_id=order_id)
    raise web.HTTPSeeOther(location=location)


async def moved(request: Request) -> RedirectResponse:
    slug = request.path_params["slug"]
    return RedirectResponse(request.url_for("article", slug=slug), status_code=301)

"""URL variables the router matched against a pattern: only patterns without dots or slashes close them."""
from pathlib import Path

from aiohttp import web
from starlette.responses import FileResponse
from starlette.routing import Route

routes = web.RouteTableDef()
REPORTS = Path("/srv/reports")


@routes.get("/reports/{period:\\d{4}-Q[1-4]}/{name}")
async def report(request: web.Request) -> web.Response:
    period = request.match_info["period"]
    name = request.match_info["name"]
    (REPORTS / period / "index.pdf").read_bytes()
    body = (REPORTS / period / name).read_bytes()  # expect: PW-PATH-TRAVERSAL:12
    return web.Response(body=body)


@routes.get("/files/{rest:.+}")
async def files(request: web.Request) -> web.Response:
    return web.Response(body=(REPORTS / request.match_info["rest"]).read_bytes())  # expect: PW-PATH-TRAVERSAL:30


async def item(request):
    return FileResponse(REPORTS / f"{request.path_params['item_id']}.pdf")


async def page(request):
    return FileResponse(REPORTS / request.path_params["rest"])  # expect: PW-PATH-TRAVERSAL:12


app_routes = [Route("/items/{item_id:int}", item), Route("/pages/{rest:path}", page)]


async def keyed(request):
    return FileResponse(REPORTS / f"{request.path_params['item_id']}.pdf")


keyed_routes = [Route("/keyed/{item_id:int}", endpoint=keyed)]

"""aiohttp handlers sending files and redirecting."""
import os

from aiohttp import web

routes = web.RouteTableDef()
MEDIA_ROOT = "/srv/media"


@routes.get("/media/file")
async def media_file(request):
    name = request.query.get("name", "")
    full_path = os.path.join(MEDIA_ROOT, name)
    if not full_path.startswith(MEDIA_ROOT):
        raise web.HTTPForbidden()
    return web.FileResponse(full_path)  # expect: PW-PATH-TRAVERSAL:12


@routes.get("/media/checked")
async def media_checked(request):
    full_path = os.path.realpath(os.path.join(MEDIA_ROOT, request.query.get("name", "")))
    if not full_path.startswith(MEDIA_ROOT + os.sep):
        raise web.HTTPForbidden()
    return web.FileResponse(full_path)


@routes.get("/media/base")
async def media_base(request):
    return web.FileResponse(os.path.join(MEDIA_ROOT, os.path.basename(request.query.get("name", ""))))

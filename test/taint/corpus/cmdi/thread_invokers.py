"""Functions handed to threads and executors run with the arguments given after them."""
import asyncio
import os
import subprocess
from concurrent.futures import ThreadPoolExecutor

from aiohttp import web

routes = web.RouteTableDef()
pool = ThreadPoolExecutor(max_workers=4)


def archive(name):
    return subprocess.run("tar czf /tmp/out.tgz " + name, shell=True)  # expect: PW-CMDI:12


@routes.get("/ping")
async def ping(request):
    host = request.query.get("host", "")
    return web.json_response({"rc": await asyncio.to_thread(os.system, "ping -c 1 " + host)})  # expect: PW-CMDI:43


@routes.get("/archive")
async def archive_view(request):
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, archive, request.query["name"])
    return web.json_response({"ok": True})


@routes.get("/list")
async def list_view(request):
    # no shell, and the program is fixed: the request data is only an argument
    future = pool.submit(subprocess.run, ["ls", "-l", "--", request.query["dir"]])
    return web.json_response({"rc": future.result().returncode})


@routes.get("/uptime")
async def uptime(request):
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, archive, "reports")
    return web.json_response({"rc": await asyncio.to_thread(os.system, "uptime")})

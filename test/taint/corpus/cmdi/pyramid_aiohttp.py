"""Pyramid and aiohttp request data in shell commands."""
import os
import subprocess

from aiohttp import web
from pyramid.view import view_config


@view_config(route_name="du", renderer="json")
def disk_usage(request):
    path = request.params["path"]
    os.system("du -sh " + path)  # expect: PW-CMDI:5
    return {"status": "ok"}


@view_config(route_name="kill", renderer="json")
def kill_process(request):
    pid = request.matchdict["pid"]
    subprocess.call("kill -9 " + pid, shell=True)  # expect: PW-CMDI:5
    return {"status": "ok"}


async def fetch_repo(request):
    repo = request.query["repo"]
    subprocess.run(f"git clone {repo} /tmp/checkout", shell=True)  # expect: PW-CMDI:5
    return web.Response(text="cloned")


async def tail_log(request):
    name = request.match_info["name"]
    os.popen("tail -n 50 /var/log/" + name)  # expect: PW-CMDI:5
    return web.Response(text="ok")


app = web.Application()
app.router.add_get("/clone", fetch_repo)
app.router.add_get("/logs/{name}", tail_log)

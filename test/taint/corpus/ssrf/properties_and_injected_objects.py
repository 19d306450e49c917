"""A property of the class computes the URL from a field set by the constructor; a handler calls a
method of an object it was handed (Tornado's initialize): the request data still reaches the sink."""
import os

import aiohttp
import tornado.web
from aiohttp import web

STATUS_PORT = 8080


class NodeProbe:
    def __init__(self, host):
        self.host = host

    @property
    def url(self):
        return f"http://{self.host}:{STATUS_PORT}/status"

    @property
    def health_url(self):
        return "http://127.0.0.1:%d/health" % STATUS_PORT

    async def fetch(self, session):
        async with session.get(self.url, timeout=aiohttp.ClientTimeout(total=5)) as resp:  # expect: PW-SSRF:20
            return resp.status

    async def health(self, session):
        async with session.get(self.health_url, timeout=aiohttp.ClientTimeout(total=5)) as resp:
            return resp.status


async def node_status(request):
    probe = NodeProbe(request.query.get("node", "localhost"))
    async with aiohttp.ClientSession() as session:
        status = await probe.fetch(session)
        health = await probe.health(session)
    return web.json_response({"node_status": status, "health": health})


class TemplateStore:
    def __init__(self, root):
        self.root = root

    def read(self, name):
        with open(os.path.join(self.root, name), encoding="utf-8") as fh:  # expect: PW-PATH-TRAVERSAL:14
            return fh.read()


class TemplateHandler(tornado.web.RequestHandler):
    def initialize(self, store):
        self.store = store

    def get(self):
        self.write({"source": self.store.read(self.get_argument("name"))})


async def upload(request):
    reader = await request.multipart()
    field = await reader.next()
    with open(os.path.join("/srv/uploads", field.filename), "wb") as fh:  # expect: PW-PATH-TRAVERSAL:10
        fh.write(await field.read())
    return web.json_response({"ok": True})


app = web.Application()
app.router.add_get("/cluster/node-status", node_status)
app.router.add_post("/upload", upload)
tornado_app = tornado.web.Application([(r"/t", TemplateHandler, {"store": TemplateStore("/srv/t")})])

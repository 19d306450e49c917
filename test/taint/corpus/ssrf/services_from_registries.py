"""Services kept in the application's registry (request.app["monitoring"]) or handed to a Tornado
handler: the one class of the module with that method runs, for method names no common library
object has."""
import aiohttp
import tornado.web
from aiohttp import web
from tornado.httpclient import AsyncHTTPClient


class HealthProbe:
    async def check(self, host: str, port: int) -> dict:
        async with aiohttp.ClientSession() as session:
            async with session.get(f"http://{host}:{port}/healthz") as resp:  # expect: PW-SSRF:24
                return {"status": resp.status}


class MonitoringService:
    def __init__(self, probe: HealthProbe) -> None:
        self.probe = probe

    async def status_of(self, host: str, port: int) -> dict:
        return await self.probe.check(host, port)


class Cache:
    def __init__(self) -> None:
        self.http = aiohttp.ClientSession()

    async def get(self, url: str) -> bytes:
        async with self.http.get(url) as resp:
            return await resp.read()


async def probe(request: web.Request) -> web.Response:
    host = request.query.get("host", "").strip()
    data = {"cached": str(request.app["settings"].get(host))}
    return web.json_response({**data, **await request.app["monitoring"].status_of(host, 80)})


class FeedFetcher:
    def __init__(self) -> None:
        self.client = AsyncHTTPClient()

    async def download(self, url: str) -> bytes:
        response = await self.client.fetch(url, request_timeout=10)  # expect: PW-SSRF:26
        return response.body


class FeedHandler(tornado.web.RequestHandler):
    def initialize(self, fetcher: FeedFetcher) -> None:
        self.fetcher = fetcher

    async def post(self) -> None:
        body = await self.fetcher.download(self.get_body_argument("feed_url"))
        self.write({"bytes": len(body)})


def create_app() -> web.Application:
    app = web.Application()
    app["monitoring"] = MonitoringService(HealthProbe())
    app["settings"] = {}
    app.router.add_get("/monitoring/probe", probe)
    return app

"""A constructor that overwrites the field it stored from its parameter with a constant: calls on
the instance go to the constant host."""
import aiohttp
from aiohttp import web


class FeedClient:
    def __init__(self, mirror):
        self.mirror = mirror
        self.mirror = "https://feeds.example.org"

    def url_for(self, feed_id):
        return "%s/feed/%d.xml" % (self.mirror, feed_id)


async def fetch_feed(request):
    client = FeedClient(request.query.get("mirror", ""))
    async with aiohttp.ClientSession() as session:
        async with session.get(client.url_for(int(request.match_info["feed"]))) as resp:
            body = await resp.text()
    return web.Response(text=body, content_type="application/xml")

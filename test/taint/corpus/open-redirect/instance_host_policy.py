"""A policy object whose method checks the URL's host against the hosts it was built with: built
from constants it keeps redirects on those hosts; built from the request it does not."""
from urllib.parse import urlparse

from aiohttp import web

TRUSTED_HOSTS = {"app.example.com", "admin.example.com"}


class ReturnUrlPolicy:
    def __init__(self, hosts, default="/home"):
        self.hosts = hosts
        self.default = default

    def choose(self, candidate):
        if not candidate:
            return self.default
        parsed = urlparse(candidate)
        if parsed.scheme not in ("", "https"):
            return self.default
        if parsed.netloc and parsed.netloc not in self.hosts:
            return self.default
        if not parsed.netloc and not candidate.startswith("/"):
            return self.default
        if candidate.startswith("//"):
            return self.default
        return candidate


policy = ReturnUrlPolicy(TRUSTED_HOSTS)


async def finish_signup(request):
    data = await request.post()
    raise web.HTTPFound(location=policy.choose(data.get("return_url")))


async def finish_invite(request):
    data = await request.post()
    theirs = ReturnUrlPolicy(set(data.getall("hosts", [])))
    raise web.HTTPFound(location=theirs.choose(data.get("return_url")))  # expect: PW-OPEN-REDIRECT:11


async def echo(request):
    data = await request.post()
    return web.Response(text=policy.choose(data.get("return_url")), content_type="text/html")  # expect: PW-XSS:12


app = web.Application()
app.router.add_post("/signup/finish", finish_signup)
app.router.add_post("/invite/finish", finish_invite)
app.router.add_post("/echo", echo)

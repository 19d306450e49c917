"""A check kept in a name, then the value rebound before the branch; a URL object's host checked
against a deny-list: still open."""
import aiohttp
from aiohttp import web
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View
from yarl import URL

BLOCKED = frozenset({"localhost", "169.254.169.254"})


class LoginView(View):
    def post(self, request):
        next_url = request.POST.get("next", "")
        allowed = url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()})
        next_url = request.POST.get("then", "/")
        if not allowed:
            return redirect("/")
        return redirect(next_url)  # expect: PW-OPEN-REDIRECT:16


async def image_proxy(request):
    url = URL(request.query.get("src", ""))
    if url.host in BLOCKED:
        return web.json_response({"error": "source not allowed"}, status=400)
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as resp:  # expect: PW-SSRF:20
            return web.Response(body=await resp.read(), content_type="image/png")

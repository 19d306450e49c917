"""urllib3 pools, connection pools and http.client connections: the URL or host from the request
is the request's destination. The HTTP method from the request is not."""
import http.client

import requests
import urllib3
from django.http import JsonResponse
from django.views.generic import View

http_pool = urllib3.PoolManager(timeout=urllib3.Timeout(connect=2.0, read=5.0))
session = requests.Session()


class RemoteSchemaView(View):
    def get_schema_location(self):
        loc = self.request.GET.get("schema")
        if loc is None:
            loc = self.request.headers.get("X-Schema-Location", "")
        return loc.strip()

    def get(self, request):
        location = self.get_schema_location()
        response = http_pool.request("GET", location, redirect=False)  # expect: PW-SSRF:20
        return JsonResponse({"size": len(response.data)})


def pooled(request):
    r = http_pool.urlopen("GET", request.GET["url"])  # expect: PW-SSRF:9
    top = urllib3.request("GET", request.GET["url"])  # expect: PW-SSRF:11
    pool = urllib3.connection_from_url(request.GET["url"])  # expect: PW-SSRF:12
    return JsonResponse({"s": r.status + top.status + len(pool.host)})


def connections(request):
    conn = http.client.HTTPSConnection(request.GET["host"], timeout=5)  # expect: PW-SSRF:12
    pool = urllib3.HTTPSConnectionPool(host=request.GET["host"])  # expect: PW-SSRF:12
    conn.request("GET", "/status")
    return JsonResponse({"s": conn.getresponse().status, "p": pool.port})


def method_only(request):
    verb = request.GET.get("verb", "GET")
    a = http_pool.request(verb, "https://api.example.com/status")
    b = session.request(verb, "https://api.example.com/status", timeout=5)
    c = urllib3.request(verb, "https://api.example.com/status")
    return JsonResponse({"s": a.status + b.status_code + c.status})


def session_url(request):
    r = session.request("GET", request.GET["url"], timeout=5)  # expect: PW-SSRF:9
    return JsonResponse({"s": r.status_code})

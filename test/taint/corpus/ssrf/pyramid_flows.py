"""Pyramid views and containers/base64 flows reaching HTTP clients."""
import base64

import requests
from pyramid.view import view_config


@view_config(route_name="fetch", renderer="json")
def fetch_view(request):
    requests.get(request.params["url"], timeout=5)  # expect: PW-SSRF:5
    return {"status": "ok"}


@view_config(route_name="fetch_b64", renderer="json")
def fetch_b64_view(request):
    url = base64.urlsafe_b64decode(request.matchdict["ref"]).decode()
    requests.head(url, timeout=5)  # expect: PW-SSRF:5
    return {"status": "ok"}

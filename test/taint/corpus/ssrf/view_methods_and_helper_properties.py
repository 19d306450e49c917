"""A view method builds an object whose property a helper fetches: the property follows the fields the view stored."""
from dataclasses import dataclass

import requests
from rest_framework.response import Response
from rest_framework.views import APIView


@dataclass
class AgentEndpoint:
    host: str
    port: int

    @property
    def health_url(self) -> str:
        return f"https://{self.host}:{self.port}/healthz"


def probe(endpoint: AgentEndpoint):
    return requests.get(endpoint.health_url, timeout=3).ok  # expect: PW-SSRF:12


def probe_host(endpoint):
    return requests.get("https://" + endpoint.host, timeout=3).ok  # expect: PW-SSRF:12


class AgentConnectivityView(APIView):
    def post(self, request):
        endpoint = AgentEndpoint(host=request.data["host"], port=1)
        return Response({"a": probe(endpoint), "b": probe_host(endpoint)})

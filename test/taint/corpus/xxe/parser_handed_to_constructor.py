"""A parser handed to a constructor is judged by what the module's constructions pass."""
from django.http import JsonResponse
from django.views import View
from lxml import etree

HARDENED = etree.XMLParser(resolve_entities=False, no_network=True)
PERMISSIVE = etree.XMLParser(resolve_entities=True)


class FeedParser:
    def __init__(self, parser):
        self.parser = parser

    def parse(self, data):
        return etree.fromstring(data, self.parser)


class LegacyParser:
    def __init__(self, parser):
        self.parser = parser

    def parse(self, data):
        return etree.fromstring(data, self.parser)  # expect: PW-XXE:16


feeds = FeedParser(HARDENED)
legacy = LegacyParser(PERMISSIVE)


class FeedView(View):
    def post(self, request):
        return JsonResponse({"tag": feeds.parse(request.body).tag})


class LegacyView(View):
    def post(self, request):
        return JsonResponse({"tag": legacy.parse(request.body).tag})

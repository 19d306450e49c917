"""A parser a mixin's method builds: entities off is safe, left on is XXE."""
from django.http import JsonResponse
from django.views import View
from lxml import etree


class HardenedXml:
    def xml_parser(self):
        return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


class PermissiveXml:
    def xml_parser(self):
        return etree.XMLParser(resolve_entities=True)


class MetadataView(HardenedXml, View):
    def post(self, request):
        root = etree.fromstring(request.body, parser=self.xml_parser())
        return JsonResponse({"entity_id": root.get("entityID")})


class LegacyMetadataView(PermissiveXml, View):
    def post(self, request):
        root = etree.fromstring(request.body, parser=self.xml_parser())  # expect: PW-XXE:16
        return JsonResponse({"entity_id": root.get("entityID")})

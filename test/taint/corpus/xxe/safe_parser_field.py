"""A parser kept in a field of the object that parses: its settings are those it was built with."""
from django.http import JsonResponse
from lxml import etree


class ImportJob:
    def __init__(self, raw):
        self.raw = raw
        self.parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)

    def records(self):
        root = etree.fromstring(self.raw, self.parser)
        return [r.findtext("sku") for r in root.iter("record")]


def import_suppliers(request):
    job = ImportJob(request.FILES["feed"].read())
    return JsonResponse({"skus": job.records()})

"""A parser kept in a field, built to resolve entities."""
from django.http import JsonResponse
from lxml import etree


class ImportJob:
    def __init__(self, raw):
        self.raw = raw
        self.parser = etree.XMLParser(resolve_entities=True)

    def records(self):
        root = etree.fromstring(self.raw, self.parser)  # expect: PW-XXE:16
        return [r.findtext("sku") for r in root.iter("record")]


def import_suppliers(request):
    job = ImportJob(request.FILES["feed"].read())
    return JsonResponse({"skus": job.records()})

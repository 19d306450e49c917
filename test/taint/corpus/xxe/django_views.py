"""Django views parsing request bodies with entity resolution enabled."""
import io

from django.http import HttpResponse
from lxml import etree


def soap_endpoint(request):
    parser = etree.XMLParser(resolve_entities=True)
    etree.fromstring(request.body, parser=parser)  # expect: PW-XXE:5
    return HttpResponse("ok")


def feed_upload(request):
    parser = etree.XMLParser(resolve_entities=True, dtd_validation=True)
    etree.parse(io.BytesIO(request.FILES["feed"].read()), parser)  # expect: PW-XXE:5
    return HttpResponse("ok")

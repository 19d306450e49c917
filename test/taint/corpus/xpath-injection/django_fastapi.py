"""Django and FastAPI handlers building XPath expressions from request data."""
from django.http import HttpResponse
from fastapi import FastAPI
from lxml import etree

api = FastAPI()
DIRECTORY = etree.fromstring(b"<people><person dept='eng' name='x'/></people>")


def by_department(request):
    dept = request.GET["dept"]
    DIRECTORY.xpath("//person[@dept='" + dept + "']")  # expect: PW-XPATH-INJECTION:5
    return HttpResponse("ok")


def by_name(request, name):
    DIRECTORY.xpath(f"//person[@name='{name}']")  # expect: PW-XPATH-INJECTION:5
    return HttpResponse("ok")


@api.get("/people/{dept}")
async def people(dept: str):
    DIRECTORY.xpath("//person[@dept='%s']" % dept)  # expect: PW-XPATH-INJECTION:5
    return {"status": "ok"}

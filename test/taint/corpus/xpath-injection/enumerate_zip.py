"""The items of enumerate and zip are still the request's."""
from fastapi import FastAPI, Query
from lxml import etree

app = FastAPI()
CATALOG = etree.fromstring(b"<catalog><doc><title>Intro</title></doc></catalog>")
FIELDS = ["title", "author"]


@app.get("/docs/search")
async def search_docs(q: list[str] = Query(default=[])):
    for i, term in enumerate(q):
        CATALOG.xpath(f"//doc[{i}][title='{term}']")  # expect: PW-XPATH-INJECTION:9
    return {"ok": True}


@app.get("/docs/fields")
async def by_field(q: list[str] = Query(default=[])):
    for field, term in zip(FIELDS, q):
        CATALOG.xpath(f"//doc[{field}='{term}']")  # expect: PW-XPATH-INJECTION:9
    return {"ok": True}

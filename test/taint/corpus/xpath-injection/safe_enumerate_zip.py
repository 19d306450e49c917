"""enumerate gives a count, not the item; zip pairs each name with its own sequence."""
from fastapi import FastAPI, Query
from lxml import etree

app = FastAPI()
CATALOG = etree.fromstring(b"<catalog><doc><title>Intro</title></doc></catalog>")
FIELDS = ["title", "author"]


def predicates(terms):
    for i, term in enumerate(terms):
        yield i, f"contains(title, $t{i})"


@app.get("/docs/search")
async def search_docs(q: list[str] = Query(default=[])):
    parts = [expr for _, expr in predicates(q)]
    expression = "//doc[" + " and ".join(parts or ["true()"]) + "]"
    variables = {f"t{i}": term for i, term in enumerate(q)}
    return {"hits": len(CATALOG.xpath(expression, **variables))}


@app.get("/docs/fields")
async def by_field(q: list[str] = Query(default=[])):
    hits = 0
    for field, term in zip(FIELDS, q):
        hits += len(CATALOG.xpath(f"//doc[{field}=$v]", v=term))
    return {"hits": hits}

"""FastAPI endpoints parsing XML from the body or a parameter with entity resolution."""
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
PARSER = etree.XMLParser(resolve_entities=True)


@app.post("/xml")
async def parse_body(request: Request):
    body = await request.body()
    etree.fromstring(body, PARSER)  # expect: PW-XXE:5
    return {"status": "ok"}


@app.get("/xml-param")
async def parse_param(doc: str):
    etree.fromstring(doc.encode(), parser=etree.XMLParser(resolve_entities=True))  # expect: PW-XXE:5
    return {"status": "ok"}

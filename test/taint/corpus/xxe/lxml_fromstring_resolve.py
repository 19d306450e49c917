"""lxml.etree.fromstring on request data with an entity-resolving parser."""
import lxml.etree
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_xml():
    root = lxml.etree.fromstring(request.data, parser=lxml.etree.XMLParser(resolve_entities=True))  # expect: PW-XXE:12
    return "ok" if root is not None else "empty"


@app.route("/import2", methods=["POST"])
def import_xml2():
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    doc = request.form["xml"].encode("utf-8")
    etree.fromstring(doc, parser)  # expect: PW-XXE:5
    return "ok"

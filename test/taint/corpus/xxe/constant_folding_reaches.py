"""The same shapes, where request data does reach the parser."""
from xml.dom import pulldom
import xml.sax

from flask import Flask, request
from lxml import etree

app = Flask(__name__)
UNSAFE = etree.XMLParser(resolve_entities=True)


@app.route("/feed", methods=["POST"])
def feed():
    doc = request.form.get("doc", "")
    fallback = ""
    chosen = fallback or doc
    etree.fromstring(chosen.encode(), UNSAFE)  # expect: PW-XXE:@etree.fromstring
    return "parsed"


@app.route("/prefix", methods=["POST"])
def prefix():
    doc = request.get_data(as_text=True)
    head = ("<config/>" + doc)[:10]
    etree.fromstring(head.encode(), UNSAFE)  # expect: PW-XXE:@etree.fromstring
    return "parsed"


@app.route("/events", methods=["POST"])
def events():
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    pulldom.parseString(request.get_data(as_text=True), parser=parser)  # expect: PW-XXE:@pulldom.parseString
    return "parsed"

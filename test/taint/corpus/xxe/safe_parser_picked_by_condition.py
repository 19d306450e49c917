"""A parser chosen by a conditional expression whose constant condition takes the hardened arm."""
from flask import Flask, request
from lxml import etree

app = Flask(__name__)

HARDENED = etree.XMLParser(resolve_entities=False, no_network=True)
WITH_DTD = etree.XMLParser(resolve_entities=True, load_dtd=True)


@app.route("/taken", methods=["POST"])
def taken():
    num = 86
    parser = HARDENED if (7 * 42) - num > 200 else WITH_DTD
    doc = etree.fromstring(request.get_data(), parser=parser)
    return "parsed"


@app.route("/aliased", methods=["POST"])
def aliased():
    chosen = HARDENED
    parser = chosen if "x" in "xyz" else WITH_DTD
    doc = etree.fromstring(request.get_data(), parser=parser)
    return "parsed"

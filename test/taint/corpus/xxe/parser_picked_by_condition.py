"""A parser chosen by a conditional expression: the arm a constant condition takes, or both."""
from flask import Flask, request
from lxml import etree

app = Flask(__name__)

HARDENED = etree.XMLParser(resolve_entities=False, no_network=True)
WITH_DTD = etree.XMLParser(resolve_entities=True, load_dtd=True)


@app.route("/taken", methods=["POST"])
def taken():
    num = 106
    parser = HARDENED if (7 * 42) - num > 200 else WITH_DTD
    doc = etree.fromstring(request.get_data(), parser=parser)  # expect: PW-XXE:11
    return "parsed"


@app.route("/either", methods=["POST"])
def either():
    parser = HARDENED if request.args.get("fast") else WITH_DTD
    doc = etree.fromstring(request.get_data(), parser=parser)  # expect: PW-XXE:11
    return "parsed"


@app.route("/inline", methods=["POST"])
def inline():
    doc = etree.fromstring(request.get_data(), WITH_DTD if len("ab") == 2 else HARDENED)  # expect: PW-XXE:11
    return "parsed"

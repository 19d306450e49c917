"""defusedxml and hardened lxml parsers on request data."""
import defusedxml.ElementTree as DET
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
HARDENED = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


@app.route("/defused", methods=["POST"])
def defused():
    DET.fromstring(request.data)
    return "ok"


@app.route("/hardened", methods=["POST"])
def hardened():
    etree.fromstring(request.data, parser=HARDENED)
    return "ok"


@app.route("/hardened-inline", methods=["POST"])
def hardened_inline():
    parser = etree.XMLParser(resolve_entities=False)
    etree.parse(request.files["doc"], parser)
    return "ok"

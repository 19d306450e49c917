"""XML reaching an entity-resolving parser through helpers, objects and base64."""
import base64

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


RESOLVING = etree.XMLParser(resolve_entities=True)


def parse_document(data):
    parser = etree.XMLParser(resolve_entities=True)
    return etree.fromstring(data, parser)  # expect: PW-XXE:12


class Importer:
    def __init__(self, payload):
        self.payload = payload

    def run(self):
        return etree.fromstring(self.payload, RESOLVING)  # expect: PW-XXE:16


@app.route("/helper", methods=["POST"])
def helper_view():
    parse_document(request.data)
    return "ok"


@app.route("/object", methods=["POST"])
def object_view():
    Importer(request.get_data()).run()
    return "ok"


@app.route("/b64")
def b64_view():
    xml = base64.b64decode(request.args["x"])
    etree.fromstring(xml, etree.XMLParser(resolve_entities=True))  # expect: PW-XXE:5
    return "ok"

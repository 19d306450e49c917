"""Only documents from a server-side allow-list are parsed with entity resolution."""
from flask import Flask, abort, request
from lxml import etree

app = Flask(__name__)
SAMPLES = {b"<a/>", b"<b/>"}
PARSER = etree.XMLParser(resolve_entities=True)


@app.route("/sample", methods=["POST"])
def sample():
    doc = request.data
    if doc not in SAMPLES:
        abort(400)
    etree.fromstring(doc, PARSER)
    return "ok"

"""lxml.etree.parse of an uploaded file with resolve_entities=True."""
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
UNSAFE_PARSER = etree.XMLParser(resolve_entities=True)


@app.route("/upload", methods=["POST"])
def upload():
    uploaded = request.files["doc"]
    parser = etree.XMLParser(resolve_entities=True)
    tree = etree.parse(uploaded, parser)  # expect: PW-XXE:12
    return "ok" if tree else "empty"


@app.route("/upload2", methods=["POST"])
def upload2():
    etree.parse(request.files["feed"].stream, parser=UNSAFE_PARSER)  # expect: PW-XXE:5
    return "ok"

"""Request data that cannot reach the parser: a true constant before `or`, a slice of a constant prefix."""
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
UNSAFE = etree.XMLParser(resolve_entities=True)


@app.route("/feed", methods=["POST"])
def feed():
    doc = request.form.get("doc", "")
    fallback = "<config/>"
    chosen = fallback or doc
    etree.fromstring(chosen.encode(), UNSAFE)
    return "parsed"


@app.route("/prefix", methods=["POST"])
def prefix():
    doc = request.get_data(as_text=True)
    head = ("<config/>" + doc)[:9]
    etree.fromstring(head.encode(), UNSAFE)
    return "parsed"

"""Allow-listed element names before building an XPath expression."""
from flask import Flask, abort, request
from lxml import etree

app = Flask(__name__)
DOC = etree.fromstring(b"<store><book/><film/></store>")
KINDS = {"book", "film"}


@app.route("/kind")
def kind():
    k = request.args["kind"]
    if k not in KINDS:
        abort(400)
    DOC.xpath("//" + k)
    return "ok"

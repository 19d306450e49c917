"""Entity-resolving parsers only ever see server-side constant XML."""
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
TEMPLATE = b"<config><mode>default</mode></config>"
PARSER = etree.XMLParser(resolve_entities=True)


@app.route("/constant")
def constant():
    etree.fromstring(TEMPLATE, PARSER)
    return "ok"


@app.route("/fold", methods=["POST"])
def fold():
    num = 106
    doc = TEMPLATE if 7 * 18 + num > 200 else request.data
    etree.fromstring(doc, PARSER)
    return "ok"


@app.route("/reassign", methods=["POST"])
def reassign():
    doc = request.data
    doc = TEMPLATE
    etree.fromstring(doc, PARSER)
    return "ok"


@app.route("/server-file")
def server_file():
    request.args.get("ignored")
    etree.parse("/etc/app/config.xml", PARSER)
    return "ok"

"""Invoice upload parsing. Deliberately vulnerable to XML attacks: see README.md."""

import xml.etree.ElementTree as ET

from flask import jsonify, request
from lxml import etree

from app import app


@app.route("/invoices/upload", methods=["POST"])
def upload_invoice():
    # The standard library parser is not hardened against entity expansion.
    root = ET.fromstring(request.data)
    total = sum(float(item.get("amount", "0")) for item in root.iter("item"))
    return jsonify({"customer": root.findtext("customer"), "total": total})


@app.route("/invoices/legacy", methods=["POST"])
def upload_legacy_invoice():
    # External entities are resolved: file disclosure and SSRF (XXE).
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    document = etree.fromstring(request.data, parser)
    return jsonify({"lines": len(document.findall(".//line"))})

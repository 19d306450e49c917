"""xml.etree.ElementTree find/findall/findtext with request-built paths."""
import xml.etree.ElementTree as ET

from flask import Flask, request

app = Flask(__name__)
ROOT = ET.fromstring("<shop><item sku='a1'><price>3</price></item></shop>")


@app.route("/item")
def item():
    sku = request.args["sku"]
    ROOT.find(".//item[@sku='" + sku + "']")  # expect: PW-XPATH-INJECTION:5
    return "ok"


@app.route("/items")
def items():
    ROOT.findall(request.args["path"])  # expect: PW-XPATH-INJECTION:5
    return "ok"


@app.route("/price")
def price():
    tag = request.args.get("tag", "price")
    ROOT.findtext(f"./item/{tag}")  # expect: PW-XPATH-INJECTION:5
    return "ok"

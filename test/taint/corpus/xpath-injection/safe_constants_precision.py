"""Constant XPath, casts, dead branches, reassignment and constant slots."""
import xml.etree.ElementTree as ET

from flask import Flask, request
from lxml import etree

app = Flask(__name__)
DOC = etree.fromstring(b"<items><item id='1'/></items>")
ROOT = ET.fromstring("<items><item id='1'/></items>")


@app.route("/constant")
def constant():
    DOC.xpath("//item")
    ROOT.findall("./item")
    return "ok"


@app.route("/cast")
def cast():
    item_id = int(request.args["id"])
    DOC.xpath(f"//item[@id='{item_id}']")
    return "ok"


@app.route("/fold")
def fold():
    param = request.args["expr"]
    num = 106
    expr = "//item" if 7 * 18 + num > 200 else param
    DOC.xpath(expr)
    return "ok"


@app.route("/if-false")
def if_false():
    expr = "//item"
    if False:
        expr = request.args["expr"]
    DOC.xpath(expr)
    return "ok"


@app.route("/reassign")
def reassign():
    expr = request.args["expr"]
    expr = "//item[1]"
    ROOT.find(expr)
    return "ok"


@app.route("/slots")
def slots():
    d = {"user": request.args["expr"], "fixed": "//item"}
    DOC.xpath(d["fixed"])
    return "ok"


def default_expr(_requested):
    return "//item[1]"


@app.route("/helper")
def helper():
    DOC.xpath(default_expr(request.args["expr"]))
    return "ok"


@app.route("/early")
def early():
    expr = "//item"
    if "expr" in request.args:
        expr = request.args["expr"]
        return "custom queries are disabled", 400
    DOC.xpath(expr)
    return "ok"

"""XPath variables keep request data out of the expression; str.find is not XPath."""
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
DOC = etree.fromstring(b"<users><user name='alice'/></users>")
BY_NAME = etree.XPath("//user[@name=$name]")


@app.route("/var")
def with_variable():
    DOC.xpath("//user[@name=$name]", name=request.args["name"])
    return "ok"


@app.route("/compiled")
def compiled():
    BY_NAME(DOC, name=request.args["name"])
    return "ok"


@app.route("/string-find")
def string_find():
    text = "alice,bob,carol"
    position = text.find(request.args["name"])
    return "present" if position >= 0 else "absent"

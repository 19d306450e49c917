"""XPath expressions built in helpers, objects and closures."""
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
DOC = etree.fromstring(b"<accounts><account owner='a'/></accounts>")


def owner_query(owner):
    return "//account[@owner='" + owner + "']"


class Finder:
    def __init__(self, expression):
        self.expression = expression

    def run(self):
        return DOC.xpath(self.expression)  # expect: PW-XPATH-INJECTION:16


@app.route("/helper")
def helper():
    DOC.xpath(owner_query(request.args["owner"]))  # expect: PW-XPATH-INJECTION:5
    return "ok"


@app.route("/object")
def obj():
    Finder("//account[@owner='" + request.args["owner"] + "']").run()
    return "ok"


@app.route("/closure")
def closure():
    owner = request.cookies.get("owner", "")

    def search():
        return DOC.xpath("//account[@owner='%s']" % owner)  # expect: PW-XPATH-INJECTION:16

    search()
    return "ok"

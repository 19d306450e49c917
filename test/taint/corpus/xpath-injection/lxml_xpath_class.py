"""lxml.etree.XPath compiled from request data."""
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
DOC = etree.fromstring(b"<catalog><book id='1'/><book id='2'/></catalog>")


@app.route("/select")
def select():
    finder = etree.XPath(request.args["expr"])  # expect: PW-XPATH-INJECTION:14
    finder(DOC)
    return "ok"


@app.route("/book/<book_id>")
def book(book_id):
    expr = "//book[@id='{}']".format(book_id)
    etree.XPath(expr)(DOC)  # expect: PW-XPATH-INJECTION:5
    return "ok"

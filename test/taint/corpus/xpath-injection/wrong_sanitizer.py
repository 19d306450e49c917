"""Shell quoting is not XPath escaping: the quote is still breakable."""
import shlex

from flask import Flask, request
from lxml import etree

app = Flask(__name__)
DOC = etree.fromstring(b"<users><user name='a'/></users>")


@app.route("/quoted")
def quoted():
    name = shlex.quote(request.args["name"])
    DOC.xpath("//user[@name=" + name + "]")  # expect: PW-XPATH-INJECTION:5
    return "ok"

"""An lxml XPath evaluator bound to a document, called with an expression built from request data."""
from flask import request
from lxml import etree

DOC = etree.fromstring(b"<users><user name='a'><pin>1</pin></user></users>")


def init(app):
    @app.route("/pin", methods=["POST"])
    def pin():
        name = request.values.get("name", "")
        evaluator = etree.XPathEvaluator(DOC)
        found = evaluator("//user[@name='" + name + "']/pin/text()")  # expect: PW-XPATH-INJECTION:17
        safe = evaluator("//user[@name=$n]/pin/text()", n=name)
        return str(len(found) + len(safe))

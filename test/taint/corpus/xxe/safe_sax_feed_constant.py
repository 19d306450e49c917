"""A SAX parser with external entities on, fed only a constant after the request value is dropped."""
import xml.sax
from xml.sax.handler import feature_external_ges, feature_external_pes

from flask import request


def init(app):
    @app.route("/sax-feed", methods=["POST"])
    def sax_feed():
        body = request.query_string.decode("utf-8")
        doc = body
        doc = "<greeting>hello</greeting>"
        parser = xml.sax.make_parser()
        parser.setContentHandler(xml.sax.ContentHandler())
        parser.setFeature(feature_external_ges, 1)
        parser.setFeature(feature_external_pes, 1)
        parser.feed(doc)
        parser.close()
        return "ok"

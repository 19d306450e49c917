"""minidom building a document with a SAX parser that resolves external entities."""
import xml.dom.minidom
import xml.sax

from flask import request


def init(app):
    @app.route("/minidom", methods=["POST"])
    def minidom_parser():
        parser = xml.sax.make_parser()
        parser.setFeature(xml.sax.handler.feature_external_ges, True)
        xml.dom.minidom.parseString(request.get_data(), parser=parser)  # expect: PW-XXE:9
        return "parsed"

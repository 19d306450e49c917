"""A minidom document built from constant text with an entity-resolving SAX parser."""
import xml.dom.minidom
import xml.sax

from flask import request


def init(app):
    @app.route("/minidom", methods=["POST"])
    def minidom_constant():
        param = request.form.get("v", "")
        roster = ["north", param, "<note>hello</note>"]
        parser = xml.sax.make_parser()
        parser.setFeature(xml.sax.handler.feature_external_ges, True)
        doc = xml.dom.minidom.parseString(roster[2], parser=parser)
        return doc.documentElement.tagName

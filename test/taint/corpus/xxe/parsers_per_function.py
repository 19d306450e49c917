"""Each function's parser is its own: a safe parser made earlier in the file says nothing about this one."""
from flask import request
from lxml import etree


def load_plain(data):
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return etree.fromstring(data, parser)


def load_with_entities(data):
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    return etree.fromstring(data, parser)  # expect: PW-XXE:12


def init(app):
    @app.route("/load", methods=["POST"])
    def load():
        load_plain(request.get_data())
        load_with_entities(request.get_data())
        return "ok"

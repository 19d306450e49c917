"""A parser built in `__init__` from a flag of the constructor: judged by how the class is built."""
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


class FeedReader:
    def __init__(self, *, resolve_entities=False, huge_tree=False):
        self.parser = etree.XMLParser(resolve_entities=resolve_entities, huge_tree=huge_tree, no_network=True)

    def read(self, data):
        return etree.fromstring(data, self.parser)  # expect: PW-XXE:16


class LegacyReader:
    def __init__(self, resolve_entities=False):
        self.parser = etree.XMLParser(resolve_entities=resolve_entities)

    def read(self, data):
        return etree.fromstring(data, self.parser)  # expect: PW-XXE:16


def read_document(data, *, resolve_entities=False):
    return FeedReader(resolve_entities=resolve_entities).read(data)


feeds = FeedReader()
legacy = LegacyReader(True)


@app.route("/feed", methods=["POST"])
def feed():
    root = feeds.read(request.get_data())
    return {"items": len(root)}


@app.route("/document", methods=["POST"])
def document():
    return {"tag": read_document(request.get_data()).tag}


@app.route("/legacy", methods=["POST"])
def legacy_feed():
    return {"items": len(legacy.read(request.get_data()))}


@app.route("/entities", methods=["POST"])
def with_entities():
    # the flag passes through read_document into the constructor
    return {"tag": read_document(request.get_data(), resolve_entities=True).tag}

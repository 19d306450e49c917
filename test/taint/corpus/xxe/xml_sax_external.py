"""xml.sax with external general entities explicitly enabled, fed request data."""
import io
import xml.sax
from xml.sax.handler import feature_external_ges

from flask import Flask, request

app = Flask(__name__)


class Collector(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.count = 0

    def startElement(self, name, attrs):
        self.count += 1


@app.route("/sax", methods=["POST"])
def sax_import():
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(Collector())
    parser.parse(io.BytesIO(request.data))  # expect: PW-XXE:5
    return "ok"


@app.route("/sax-feed", methods=["POST"])
def sax_feed():
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, 1)
    parser.setContentHandler(Collector())
    parser.feed(request.get_data(as_text=True))  # expect: PW-XXE:5
    parser.close()
    return "ok"

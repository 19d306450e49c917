"""lxml parser options given to iterparse itself, and parsers made by a function of the module."""
import io

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


def _safe_parser():
    return etree.XMLParser(remove_blank_text=True, resolve_entities=False, no_network=True)


def _open_parser():
    return etree.XMLParser(remove_blank_text=True)


@app.route("/contacts", methods=["POST"])
def contacts():
    names = []
    for _, element in etree.iterparse(io.BytesIO(request.data), events=("end",), tag="contact", resolve_entities=False):
        names.append(element.findtext("name"))
    return {"names": names}


@app.route("/contacts-open", methods=["POST"])
def contacts_open():
    names = []
    for _, element in etree.iterparse(io.BytesIO(request.data), events=("end",), tag="contact"):  # expect: PW-XXE:23
        names.append(element.findtext("name"))
    return {"names": names}


@app.route("/gpx", methods=["POST"])
def gpx():
    root = etree.fromstring(request.files["track"].read(), _safe_parser())
    return {"points": len(root.findall(".//trkpt"))}


@app.route("/gpx-open", methods=["POST"])
def gpx_open():
    root = etree.fromstring(request.files["track"].read(), _open_parser())  # expect: PW-XXE:12
    return {"points": len(root.findall(".//trkpt"))}

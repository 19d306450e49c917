"""Request data one view stores in a module-level list, dict or object and another view renders:
stored XSS and second-order injection, across functions."""
import pickle
import sqlite3

from django.http import HttpResponse
from flask import Flask, request

app = Flask(__name__)
COMMENTS = []
BLOBS = {}


class Store:
    data = b""


STORE = Store()


def format_comment(author, text):
    return "<article><h4>%s</h4><p>%s</p></article>" % (author, text)


def post_comment(request):
    COMMENTS.append({"author": request.POST["author"], "text": request.POST["text"]})
    return HttpResponse("ok", content_type="text/plain")


def guestbook(request):
    rendered = [format_comment(c["author"], c["text"]) for c in COMMENTS[-50:]]
    return HttpResponse("<html>{}</html>".format("".join(rendered)))  # expect: PW-XSS:12


@app.route("/blob/<key>", methods=["PUT"])
def put_blob(key):
    BLOBS[key] = request.get_data()
    STORE.data = request.get_data()
    return "stored"


@app.route("/blob/<key>")
def get_blob(key):
    value = pickle.loads(BLOBS[key])  # expect: PW-UNSAFE-DESERIALIZATION:13
    return {"type": type(value).__name__}


@app.route("/store")
def get_store():
    value = pickle.loads(STORE.data)  # expect: PW-UNSAFE-DESERIALIZATION:13
    return {"type": type(value).__name__}


def report(db: sqlite3.Connection):
    for c in COMMENTS:
        db.execute("INSERT INTO audit VALUES ('%s')" % c["author"])  # expect: PW-SQLI:9

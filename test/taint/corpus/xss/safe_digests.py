"""A digest of request data is hexadecimal or opaque bytes: nothing the sender can shape into markup."""
import hashlib
import hmac
import zlib

from flask import Flask, make_response, request

app = Flask(__name__)
KEY = b"k"


@app.route("/etag")
def etag():
    tag = hashlib.new("sha256", request.args["v"].encode()).hexdigest()
    return make_response("<p>" + tag + "</p>")


@app.route("/sig")
def sig():
    mac = hmac.new(KEY, request.args["v"].encode(), "sha256").hexdigest()
    return f"<code>{mac}</code>"


@app.route("/crc")
def crc():
    return "<p>%d</p>" % zlib.crc32(request.args["v"].encode())


@app.route("/blake")
def blake():
    return "<p>" + hashlib.blake2b(request.args["v"].encode()).hexdigest() + "</p>"

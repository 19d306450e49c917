"""Taint through encode/decode, base64 round trips and slicing into SQL."""
import base64
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/b64")
def via_base64():
    token = request.args["token"]
    encoded = base64.b64encode(token.encode("utf-8"))
    decoded = base64.b64decode(encoded).decode("utf-8")
    sqlite3.connect("t.db").execute("SELECT * FROM sessions WHERE token = '" + decoded + "'")  # expect: PW-SQLI:5
    return "ok"


@app.route("/cookie-b64")
def via_cookie_base64():
    raw = request.cookies.get("filter", "")
    where = base64.urlsafe_b64decode(raw).decode()
    sqlite3.connect("t.db").execute("SELECT * FROM items WHERE " + where)  # expect: PW-SQLI:5
    return "ok"


@app.route("/slice")
def via_slice():
    code = request.args["code"][:12]
    sqlite3.connect("t.db").execute(f"SELECT * FROM coupons WHERE code = '{code}'")  # expect: PW-SQLI:5
    return "ok"


@app.route("/bytes")
def via_bytes():
    data = request.args["q"].encode("latin-1")
    text_value = bytes(data).decode("latin-1")
    sqlite3.connect("t.db").execute("SELECT * FROM docs WHERE title = '%s'" % text_value)  # expect: PW-SQLI:5
    return "ok"

"""Names that do not hold the checked string keep the request's data."""
import base64
import sqlite3

from flask import Flask, abort, request

app = Flask(__name__)


@app.get("/rebound")
def rebound():
    raw = request.args["id"]
    item_id = raw
    item_id = request.args["other"]
    if not raw.isdigit():
        abort(400)
    db = sqlite3.connect("shop.db")
    return {"rows": db.execute("SELECT * FROM items WHERE id = " + item_id).fetchall()}  # expect: PW-SQLI:@execute


@app.get("/decoded")
def decoded():
    raw = request.args["id"]
    # derived from the checked value, not the same string
    item_id = base64.b64decode(raw).decode()
    if not raw.isalnum():
        abort(400)
    db = sqlite3.connect("shop.db")
    return {"rows": db.execute("SELECT * FROM items WHERE id = " + item_id).fetchall()}  # expect: PW-SQLI:@execute


@app.get("/source-rebound")
def source_rebound():
    raw = request.args["id"]
    item_id = raw
    raw = request.args["other"]
    if not raw.isdigit():
        abort(400)
    db = sqlite3.connect("shop.db")
    return {"rows": db.execute("SELECT * FROM items WHERE id = " + item_id).fetchall()}  # expect: PW-SQLI:@execute


@app.get("/branch")
def branch():
    raw = request.args["id"]
    if request.args.get("legacy"):
        item_id = request.args["legacy"]
    else:
        item_id = raw
    if not raw.isdigit():
        abort(400)
    db = sqlite3.connect("shop.db")
    return {"rows": db.execute("SELECT * FROM items WHERE id = " + item_id).fetchall()}  # expect: PW-SQLI:@execute

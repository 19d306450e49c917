"""A check of a name is a check of every name bound to the same string."""
import sqlite3

from flask import Flask, abort, request

app = Flask(__name__)


@app.get("/copy-first")
def copy_first():
    raw = request.args["id"]
    item_id = raw
    if not raw.isdigit():
        abort(400)
    db = sqlite3.connect("shop.db")
    return {"rows": db.execute("SELECT * FROM items WHERE id = " + item_id).fetchall()}


@app.get("/check-copy")
def check_copy():
    raw = request.args["id"]
    item_id = raw
    if not item_id.isdigit():
        abort(400)
    db = sqlite3.connect("shop.db")
    return {"rows": db.execute("SELECT * FROM items WHERE id = " + raw).fetchall()}

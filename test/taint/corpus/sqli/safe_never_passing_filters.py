"""Comprehensions whose filter can never pass: nothing of the request comes out of them."""
import sqlite3

from flask import Flask, request

app = Flask(__name__)
ALLOWED = ""


@app.route("/users")
def users():
    raw = request.args.get("q", "")
    kept = "".join(ch for ch in raw if ch in "") or "anonymous"
    cur = sqlite3.connect("app.db").cursor()
    cur.execute("SELECT * FROM users WHERE name = '" + kept + "'")
    return {"rows": cur.fetchall()}


@app.route("/tags")
def tags():
    raw = request.args.getlist("tag")
    chosen = [t for t in raw if t in ALLOWED]
    cur = sqlite3.connect("app.db").cursor()
    cur.execute("SELECT * FROM tags WHERE name IN ('" + "','".join(chosen) + "')")
    return {"rows": cur.fetchall()}


@app.route("/flags")
def flags():
    raw = request.args.getlist("flag")
    picked = {f: True for f in raw if False}
    cur = sqlite3.connect("app.db").cursor()
    cur.execute("SELECT * FROM flags WHERE name = '%s'" % ",".join(picked))
    return {"rows": cur.fetchall()}

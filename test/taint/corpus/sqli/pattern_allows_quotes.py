"""A whole-string pattern check clears SQL injection only when no quote or separator passes it."""

import re
import sqlite3

from flask import Flask, abort, request

app = Flask(__name__)
db = sqlite3.connect("app.db")
PHRASE = re.compile(r"[\w' ]+")
WORDS = re.compile(r"[A-Za-z ]{1,40}")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[a-z]{2,}")


@app.route("/search")
def search():
    q = request.args["q"]
    if not PHRASE.fullmatch(q):
        abort(400)
    return str(db.execute(f"SELECT * FROM posts WHERE title = '{q}'").fetchall())  # expect: PW-SQLI:16


@app.route("/tags")
def tags():
    # a space separates SQL words: `1 OR 1` passes
    n = request.args["n"]
    if not WORDS.fullmatch(n):
        abort(400)
    return str(db.execute("SELECT * FROM tags WHERE rank = " + n).fetchall())  # expect: PW-SQLI:16


@app.route("/member")
def member():
    email = request.args["email"]
    if not EMAIL.fullmatch(email):
        abort(400)
    return str(db.execute(f"SELECT id FROM members WHERE email = '{email}'").fetchall())

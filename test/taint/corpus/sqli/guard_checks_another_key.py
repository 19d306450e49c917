"""A check of `args.get` for one key says nothing of another key."""

import re
import sqlite3

from flask import Flask, abort, request

app = Flask(__name__)
SLUG = re.compile(r"[a-z0-9-]{1,40}")


@app.route("/tags")
def tags():
    if not SLUG.fullmatch(request.args.get("tag", "")):
        abort(400)
    db = sqlite3.connect("app.db")
    return str(db.execute("SELECT id FROM posts WHERE tag = '" + request.args["sort"] + "'").fetchall())  # expect: PW-SQLI:16

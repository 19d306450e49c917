"""Beside a numeric conversion, a `%s`, `%c`, `{}` or `{!s}` field still shows the request's text."""
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.get("/mixed")
def mixed():
    db = sqlite3.connect("shop.db")
    q = "SELECT * FROM items LIMIT %d OFFSET %s" % (10, request.args["o"])
    return {"rows": db.execute(q).fetchall()}  # expect: PW-SQLI:@execute


@app.get("/named")
def named():
    db = sqlite3.connect("shop.db")
    q = "SELECT * FROM items WHERE price < %(max)d AND name = '%(name)s'" % {
        "max": 10,
        "name": request.args["name"],
    }
    return {"rows": db.execute(q).fetchall()}  # expect: PW-SQLI:@execute


@app.get("/twice")
def twice():
    db = sqlite3.connect("shop.db")
    # the same field shown once as a number and once as text
    q = "SELECT * FROM items WHERE id = {0:d} OR name = '{0}'".format(request.args["id"])
    return {"rows": db.execute(q).fetchall()}  # expect: PW-SQLI:@execute


@app.get("/fstring")
def fstring():
    n = request.args["n"]
    db = sqlite3.connect("shop.db")
    return {"rows": db.execute(f"SELECT * FROM items WHERE name = '{n:>10}'").fetchall()}  # expect: PW-SQLI:@execute


@app.get("/star")
def star():
    db = sqlite3.connect("shop.db")
    parts = (request.args["a"], request.args["b"])
    q = "SELECT * FROM items LIMIT %d OFFSET %s" % (*parts,)
    return {"rows": db.execute(q).fetchall()}  # expect: PW-SQLI:@execute

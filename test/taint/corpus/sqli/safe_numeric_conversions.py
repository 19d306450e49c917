"""A numeric conversion prints a number, or raises for anything else: `%d`, `{:d}`, `f"{n:.2f}"`."""
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.get("/page")
def page():
    size = request.args.get("size", "20")
    db = sqlite3.connect("shop.db")
    return {"rows": db.execute("SELECT * FROM items LIMIT %d" % size).fetchall()}


@app.get("/window")
def window():
    db = sqlite3.connect("shop.db")
    q = "SELECT * FROM items LIMIT %d OFFSET %d" % (request.args["n"], request.args["o"])
    return {"rows": db.execute(q).fetchall()}


@app.get("/named")
def named():
    db = sqlite3.connect("shop.db")
    q = "SELECT * FROM items WHERE price < %(max).2f" % {"max": request.args["max"]}
    return {"rows": db.execute(q).fetchall()}


@app.get("/format")
def format_view():
    db = sqlite3.connect("shop.db")
    q = "SELECT * FROM items WHERE id = {:d} OR parent = {pid:d}".format(request.args["id"], pid=request.args["p"])
    return {"rows": db.execute(q).fetchall()}


@app.get("/fstring")
def fstring():
    n = request.args["n"]
    db = sqlite3.connect("shop.db")
    return {"rows": db.execute(f"SELECT * FROM items LIMIT {n:d} OFFSET {n:>5x}").fetchall()}

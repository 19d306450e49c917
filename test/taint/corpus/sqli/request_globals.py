"""flask.g lives for one request: what a before_request hook stores there reaches the view that reads it."""
import sqlite3

from flask import Flask, g, request

app = Flask(__name__)


@app.before_request
def load_filters():
    g.search = request.args.get("q", "")
    g.table = "products"
    g.page_size = 20


@app.get("/products")
def products():
    db = sqlite3.connect("shop.db")
    rows = db.execute("SELECT * FROM products WHERE name LIKE '%" + g.search + "%'")  # expect: PW-SQLI:12
    return {"rows": rows.fetchall()}


@app.get("/all")
def all_rows():
    # another attribute of g: what the hook put there is a constant
    db = sqlite3.connect("shop.db")
    rows = db.execute(f"SELECT * FROM {g.table} LIMIT {g.page_size}")
    return {"rows": rows.fetchall()}


@app.get("/local")
def local():
    # set here, read here: the view's own value
    g.search = "books"
    db = sqlite3.connect("shop.db")
    rows = db.execute("SELECT * FROM products WHERE name LIKE '%" + g.search + "%'")
    return {"rows": rows.fetchall()}

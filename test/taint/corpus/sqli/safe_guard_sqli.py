"""Allow-list guards before SQL: only known identifiers can reach the query."""
import sqlite3

from flask import Flask, abort, request

app = Flask(__name__)
SORTABLE = {"name", "created", "price"}
TABLES = ("orders", "refunds")


@app.route("/sorted")
def sorted_listing():
    column = request.args.get("sort", "name")
    if column not in SORTABLE:
        abort(400)
    sqlite3.connect("g.db").execute(f"SELECT * FROM products ORDER BY {column}")
    return "ok"


@app.route("/table")
def table_listing():
    table = request.args["table"]
    if table in TABLES:
        sqlite3.connect("g.db").execute("SELECT count(*) FROM " + table)
    return "ok"


@app.route("/direction")
def direction_listing():
    direction = request.args.get("dir", "asc").lower()
    if direction not in ("asc", "desc"):
        return "bad direction", 400
    sqlite3.connect("g.db").execute("SELECT * FROM products ORDER BY name " + direction)
    return "ok"

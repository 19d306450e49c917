"""Allow-lists kept in an instance field: checked against what the instance a call is made on holds."""
import sqlite3

from flask import Flask, request

app = Flask(__name__)
db = sqlite3.connect("x.db")


class Repository:
    def __init__(self, table, columns):
        self.table = table
        self.columns = tuple(columns)

    def find_by(self, column, value):
        if column not in self.columns:
            raise ValueError(column)
        return db.execute(f"SELECT * FROM {self.table} WHERE {column} = ?", (value,)).fetchall()


class Catalog:
    def __init__(self, columns):
        self.columns = list(columns)

    def sorted_by(self, column):
        if column in self.columns:
            return db.execute(f"SELECT * FROM catalog ORDER BY {column}").fetchall()  # expect: PW-SQLI:20
        return []


tickets = Repository("tickets", ["id", "status"])


@app.get("/local")
def local():
    repo = Repository("tickets", ["id", "status"])
    return str(repo.find_by(request.args["field"], request.args["v"]))


@app.get("/global")
def glob():
    return str(tickets.find_by(request.args["field"], request.args["v"]))


@app.get("/catalog")
def catalog():
    fixed = Catalog(["name", "price"])
    rows = fixed.sorted_by(request.args["sort"])
    chosen = Catalog(request.args.getlist("cols"))
    return str(rows + chosen.sorted_by(request.args["sort"]))


class Store:
    def __init__(self):
        self.items = []

    def put(self, x):
        self.items.append(x)

    def query(self):
        return db.execute("SELECT * FROM t WHERE k = '%s'" % self.items[0]).fetchall()  # expect: PW-SQLI:16


cache = Store()


@app.get("/cache")
def cached():
    cache.put(request.args["k"])
    return str(cache.query())

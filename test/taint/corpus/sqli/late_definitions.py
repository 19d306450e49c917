"""Helpers, methods and closures defined after the code that uses them: their summaries are final
only after a second pass, which must re-analyse exactly the callers whose inputs changed."""
import sqlite3

from flask import Flask, request

app = Flask(__name__)
db = sqlite3.connect("shop.db")


@app.route("/orders")
def orders():
    customer = request.args.get("customer", "")
    db.execute(build_query(customer))  # expect: PW-SQLI:5
    return "ok"


@app.route("/totals")
def totals():
    region = request.args.get("region", "")
    db.execute(fixed_query(region))
    return "ok"


@app.route("/report")
def report():
    month = request.args.get("month", "")

    def run():
        db.execute("SELECT * FROM sales WHERE month = '" + label + "'")  # expect: PW-SQLI:9

    label = decorate(month)
    run()
    return "ok"


class Search:
    def results(self):
        return db.execute("SELECT * FROM items WHERE name LIKE '%" + self.term + "%'")  # expect: PW-SQLI:16

    def load(self):
        self.term = request.args.get("q", "")


def build_query(name):
    return "SELECT * FROM orders WHERE customer = '" + quote_name(name) + "'"


def quote_name(value):
    return padded(value)


def padded(value):
    return " " + value + " "


def fixed_query(_region):
    return "SELECT SUM(total) FROM orders"


def decorate(text):
    return "[" + text + "]"

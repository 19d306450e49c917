"""Taint through comprehensions and *args / **kwargs forwarding into SQL."""
import sqlite3

from flask import Flask, request

app = Flask(__name__)


def concat(*parts):
    return "".join(parts)


def where_clause(**kwargs):
    return "WHERE status = '" + kwargs["status"] + "'"


def forward(*args, **kwargs):
    return where_clause(*args, **kwargs)


@app.route("/ids")
def by_ids():
    ids = [part.strip() for part in request.args["ids"].split(",")]
    sql = "SELECT * FROM invoices WHERE id IN (" + ", ".join(ids) + ")"
    sqlite3.connect("billing.db").execute(sql)  # expect: PW-SQLI:5
    return "ok"


@app.route("/labels")
def by_labels():
    quoted = {f"'{label}'" for label in request.args.getlist("label")}
    sql = "SELECT * FROM invoices WHERE label IN (%s)" % ",".join(quoted)
    sqlite3.connect("billing.db").execute(sql)  # expect: PW-SQLI:5
    return "ok"


@app.route("/varargs")
def by_varargs():
    sql = concat("SELECT * FROM invoices WHERE payer = '", request.args["payer"], "'")
    sqlite3.connect("billing.db").execute(sql)  # expect: PW-SQLI:5
    return "ok"


@app.route("/kwargs")
def by_kwargs():
    clause = forward(status=request.args["status"])
    sqlite3.connect("billing.db").execute("SELECT * FROM invoices " + clause)  # expect: PW-SQLI:5
    return "ok"

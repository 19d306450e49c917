"""Taint carried through dicts, lists, tuples and augmented assignment into SQL."""
import sqlite3

from flask import Flask, request

app = Flask(__name__)


def conn():
    return sqlite3.connect("crm.db")


@app.route("/crm/dict")
def via_dict():
    filters = {}
    filters["city"] = request.args["city"]
    filters["limit"] = "10"
    city = filters["city"]
    conn().execute("SELECT * FROM clients WHERE city = '" + city + "'")  # expect: PW-SQLI:5
    return "ok"


@app.route("/crm/list")
def via_list():
    names = ["unknown", request.args.get("name")]
    chosen = names[1]
    conn().execute(f"SELECT * FROM clients WHERE name = '{chosen}'")  # expect: PW-SQLI:5
    return "ok"


@app.route("/crm/tuple")
def via_tuple():
    pair = (request.args["field"], "asc")
    field, direction = pair
    conn().execute("SELECT * FROM clients ORDER BY " + field + " " + direction)  # expect: PW-SQLI:5
    return "ok"


@app.route("/crm/augmented")
def via_augmented():
    sql = "SELECT * FROM clients WHERE 1=1"
    sql += " AND region = '" + request.args["region"] + "'"
    conn().execute(sql)  # expect: PW-SQLI:5
    return "ok"


@app.route("/crm/appended")
def via_append():
    clauses = []
    clauses.append("tier = '%s'" % request.args["tier"])
    sql = "SELECT * FROM clients WHERE " + " AND ".join(clauses)
    conn().execute(sql)  # expect: PW-SQLI:5
    return "ok"


@app.route("/crm/nested")
def via_nested():
    ctx = {"query": {"owner": request.args["owner"]}}
    owner = ctx["query"]["owner"]
    conn().execute("SELECT * FROM clients WHERE owner = '%s'" % owner)  # expect: PW-SQLI:5
    return "ok"

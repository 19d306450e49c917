"""Early returns on the tainted path and helpers that ignore their argument."""
import sqlite3

from flask import Flask, request

app = Flask(__name__)


def constant_query(_unused):
    return "SELECT * FROM plans"


def run_fixed(conn, sql):
    conn.execute(sql)


@app.route("/early-return")
def early_return():
    sql = "SELECT * FROM plans"
    if request.args.get("custom"):
        sql = "SELECT * FROM plans WHERE name = '" + request.args["custom"] + "'"
        return "custom queries are disabled"
    sqlite3.connect("e.db").execute(sql)
    return "ok"


@app.route("/ignoring-helper")
def ignoring_helper():
    sql = constant_query(request.args["name"])
    sqlite3.connect("e.db").execute(sql)
    return "ok"


@app.route("/sink-helper-constant")
def sink_helper_constant():
    request.args.get("unused")
    run_fixed(sqlite3.connect("e.db"), "DELETE FROM cache")
    return "ok"


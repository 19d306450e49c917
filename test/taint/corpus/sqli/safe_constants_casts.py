"""Constant queries, numeric casts and non-user data: nothing attacker-controlled reaches SQL."""
import os
import sqlite3

from flask import Flask, request

app = Flask(__name__)
DEFAULT_TABLE = "products"
SETTINGS = {"archive_table": "archive_2023"}


@app.route("/constant")
def constant_query():
    sqlite3.connect("c.db").execute("SELECT count(*) FROM products")
    return "ok"


@app.route("/constant-built")
def constant_built():
    table = DEFAULT_TABLE
    sql = "SELECT * FROM " + table + " WHERE deleted = 0"
    sqlite3.connect("c.db").execute(sql)
    return "ok"


@app.route("/int-cast")
def int_cast():
    page = int(request.args["page"])
    sqlite3.connect("c.db").execute(f"SELECT * FROM products LIMIT 20 OFFSET {page * 20}")
    return "ok"


@app.route("/float-cast")
def float_cast():
    price = float(request.args.get("max", "0"))
    sqlite3.connect("c.db").execute("SELECT * FROM products WHERE price < %f" % price)
    return "ok"


@app.route("/int-inline")
def int_inline():
    sqlite3.connect("c.db").execute("SELECT * FROM products WHERE id = " + str(int(request.args["id"])))
    return "ok"


@app.route("/cwd")
def working_dir():
    here = os.getcwd()
    sqlite3.connect("c.db").execute("INSERT INTO runs (cwd) VALUES ('" + here + "')")
    return "ok"


@app.route("/config-constant")
def config_constant():
    table = SETTINGS["archive_table"]
    sqlite3.connect("c.db").execute(f"SELECT * FROM {table}")
    return "ok"


@app.route("/count-only")
def length_only():
    n = len(request.args.getlist("tag"))
    sqlite3.connect("c.db").execute("SELECT * FROM tags LIMIT %d" % n)
    return "ok"

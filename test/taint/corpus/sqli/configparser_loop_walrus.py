"""Taint through configparser set/get, loops, `with` targets and the walrus operator into SQL."""
import configparser
import io
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/config")
def via_config():
    cfg = configparser.ConfigParser()
    cfg.add_section("query")
    cfg.set("query", "table", request.args["table"])
    table = cfg.get("query", "table")
    sqlite3.connect("cfg.db").execute("SELECT * FROM " + table)  # expect: PW-SQLI:5
    return "ok"


@app.route("/loop")
def via_loop():
    conn = sqlite3.connect("cfg.db")
    for tag in request.args.getlist("tag"):
        conn.execute(f"INSERT INTO tags (name) VALUES ('{tag}')")  # expect: PW-SQLI:9
    return "ok"


@app.route("/loop-build")
def via_loop_build():
    sql = "SELECT * FROM t WHERE 1=1"
    for key in ("a", "b"):
        sql = sql + " OR " + key + " = '" + request.args.get(key, "") + "'"
    sqlite3.connect("cfg.db").execute(sql)  # expect: PW-SQLI:5
    return "ok"


@app.route("/with", methods=["POST"])
def via_with_target():
    with io.StringIO(request.form["sql"]) as buffer:
        statement = buffer.read()
    sqlite3.connect("cfg.db").execute(statement)  # expect: PW-SQLI:5
    return "ok"


@app.route("/walrus")
def via_walrus():
    conn = sqlite3.connect("cfg.db")
    if (owner := request.args.get("owner")) is not None:
        conn.execute("SELECT * FROM files WHERE owner = '" + owner + "'")  # expect: PW-SQLI:9
    return "ok"

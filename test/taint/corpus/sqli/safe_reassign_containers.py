"""Reassignment kills taint; other dict keys / list slots hold constants."""
import configparser
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/reassign")
def reassigned():
    x = request.args["q"]
    x = "SELECT 1"
    sqlite3.connect("r.db").execute(x)
    return "ok"


@app.route("/dict-other-key")
def other_key():
    d = {}
    d["a"] = request.args["q"]
    d["b"] = "SELECT * FROM t"
    sqlite3.connect("r.db").execute(d["b"])
    return "ok"


@app.route("/list-constant-slot")
def constant_slot():
    items = [request.args["q"], "safe"]
    sqlite3.connect("r.db").execute("SELECT * FROM t WHERE c = '" + items[1] + "'")
    return "ok"


@app.route("/tuple-constant-slot")
def constant_tuple_slot():
    user_value, fixed = request.args["q"], "archive"
    sqlite3.connect("r.db").execute("SELECT * FROM " + fixed)
    return "ok"


@app.route("/config-other-key")
def config_other_key():
    cfg = configparser.ConfigParser()
    cfg.add_section("s")
    cfg.set("s", "user", request.args["q"])
    cfg.set("s", "table", "events")
    table = cfg.get("s", "table")
    sqlite3.connect("r.db").execute("SELECT * FROM " + table)
    return "ok"


class Holder:
    def __init__(self, user_value):
        self.user_value = user_value
        self.table = "audit"


@app.route("/object-other-attr")
def other_attribute():
    h = Holder(request.args["q"])
    sqlite3.connect("r.db").execute("SELECT * FROM " + h.table)
    return "ok"


@app.route("/augmented-then-reset")
def reset_after_augment():
    sql = "SELECT * FROM t WHERE c = '"
    sql += request.args["q"]
    sql = "SELECT * FROM t"
    sqlite3.connect("r.db").execute(sql)
    return "ok"

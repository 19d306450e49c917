"""Constant-folded conditions that DO select the tainted value, and live branches."""
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/fold-live")
def fold_selects_param():
    param = request.args["v"]
    num = 10
    bar = "safe" if 7 * 18 + num > 200 else param
    sqlite3.connect("f.db").execute("SELECT * FROM t WHERE c = '" + bar + "'")  # expect: PW-SQLI:5
    return "ok"


@app.route("/switch")
def switch_selects_param():
    param = request.args["v"]
    target = "B"
    if target == "A":
        bar = "fixed"
    else:
        bar = param
    sqlite3.connect("f.db").execute(f"SELECT * FROM t WHERE c = '{bar}'")  # expect: PW-SQLI:5
    return "ok"


@app.route("/dict-key")
def dict_key_selects_param():
    param = request.args["v"]
    choices = {"keyA": "a_Value", "keyB": param, "keyC": "another"}
    bar = choices["keyB"]
    sqlite3.connect("f.db").execute("SELECT * FROM t WHERE c = '%s'" % bar)  # expect: PW-SQLI:5
    return "ok"


@app.route("/list-index")
def list_index_selects_param():
    param = request.args["v"]
    values = ["safe", param, "moresafe"]
    values.remove(values[0])
    bar = values[0]
    sqlite3.connect("f.db").execute("SELECT * FROM t WHERE c = '" + bar + "'")  # expect: PW-SQLI:5
    return "ok"


@app.route("/runtime-condition")
def runtime_condition():
    param = request.args["v"]
    bar = param if request.args.get("mode") == "raw" else "safe"
    sqlite3.connect("f.db").execute("SELECT * FROM t WHERE c = '" + bar + "'")  # expect: PW-SQLI:5
    return "ok"
